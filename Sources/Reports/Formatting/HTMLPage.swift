/// The opening of every HTML page the project writes: the document head with its content
/// security policy, shared by the single-body report, the comparison and the region's
/// dashboard and trend pages, and the report-styled `<header>` with a kicker, a title and a
/// grid of facts. Every piece of text is escaped.
package enum HTMLPage {
    typealias HTML = Markup<HTMLEscaping>

    /// One term and its value in the header's facts grid.
    struct Fact {
        var term: String
        var value: String
    }

    /// `<!DOCTYPE html>` up to and including `<body>`: `stylesheet` then `extraStyle` inside one
    /// `<style>` element.
    static func head(title: String, stylesheet: HTML, extraStyle: HTML = "") -> HTML {
        """
        <!DOCTYPE html>
        <html lang="en-GB">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
        <title>\(title)</title>
        <style>
        \(stylesheet)\(extraStyle)</style>
        </head>
        <body>

        """
    }

    /// A whole page composed outside this module (the region's dashboard and trend): the same
    /// head, then `body` (markup whose input text the caller has escaped with
    /// `Escaping.html`), then the page's end. `stylesheet` is the caller's own CSS, a literal,
    /// so no input text can reach the `<style>` element.
    package static func page(title: String, stylesheet: StaticString, body: String) -> String {
        var out = head(title: title, stylesheet: HTML(stringLiteral: stylesheet)).bytes
        out.append(contentsOf: body.utf8)
        out.append(contentsOf: "\n</body>\n</html>\n".utf8)
        return String(decoding: out, as: UTF8.self)
    }

    /// The page's `<header>`: a small kicker line, the title as `<h1>`, then the facts.
    static func header(kicker: String, title: String, facts: [Fact]) -> HTML {
        var out: HTML = """
            <header>
            <p class="kicker">\(kicker)</p>
            <h1>\(title)</h1>
            <dl class="facts">

            """
        for fact in facts { out.bytes += ("<dt>\(fact.term)</dt><dd>\(fact.value)</dd>\n" as HTML).bytes }
        out.bytes += ("</dl>\n</header>\n\n" as HTML).bytes
        return out
    }
}
