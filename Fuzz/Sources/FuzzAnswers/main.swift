import CLibFuzzer
import Foundation
import FuzzOracle

// Hands control to libFuzzer, which fuzzes, or replays the files named on the command line,
// calling `AnswersOracle.check` with each input. Any crash, sanitizer report, hang
// (`-timeout`) or failed oracle (a trap with a message) is a finding.
var argc = CommandLine.argc
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&argc, &argv) { data, size in
    if let failure = AnswersOracle.check(size == 0 ? [] : Array(UnsafeBufferPointer(start: data, count: size))) {
        fatalError("oracle: " + failure)
    }
    return 0
})
