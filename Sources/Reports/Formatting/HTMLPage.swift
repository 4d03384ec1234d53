/// The opening of every report-styled HTML page, shared by the single-body report and the
/// comparison so that both carry the same stylesheet and the same header: the document head
/// (with its content security policy) and the `<header>` with a kicker, a title and a grid of
/// facts. Every piece of text is escaped.
enum HTMLPage {
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
