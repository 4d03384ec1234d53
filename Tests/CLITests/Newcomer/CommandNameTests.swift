import ArgumentParser
import Testing
@testable import cyberassess

/// Every command names itself in its configuration. Without a name, ArgumentParser derives one
/// from the type's name through reflection (`String(describing:)`), whose protocol conformance
/// lookups cost several milliseconds at the start of every run, a tenth of a single `score`.
@Suite struct CommandNameTests {
    @Test func everyCommandHasAnExplicitName() {
        var commands: [any ParsableCommand.Type] = [CyberAssess.self]
        var index = 0
        while index < commands.count {
            let command = commands[index]
            #expect(command.configuration.commandName != nil, "\(command) has no commandName")
            commands += command.configuration.subcommands
            index += 1
        }
        #expect(commands.count > 15)
    }
}
