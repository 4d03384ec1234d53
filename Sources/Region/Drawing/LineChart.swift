import Assessment
import Reports

/// An inline SVG line chart: periods along the bottom, scores from 0 to `maximum` up the side,
/// a dashed target line, one polyline per series (gaps where a period has no score).
struct LineChart {
    struct Line {
        var label: String
        var values: [Double?]
        var colour: String
        var width: Double
    }

    var periods: [String]
    var maximum: Double
    var target: Double?
    var lines: [Line]
    var width = 340.0
    var height = 200.0

    func svg() -> String {
        let left = 28.0, right = 10.0, top = 10.0, bottom = 24.0
        let plotWidth = width - left - right, plotHeight = height - top - bottom
        func x(_ i: Int) -> Double { periods.count < 2 ? left + plotWidth / 2 : left + plotWidth * Double(i) / Double(periods.count - 1) }
        func y(_ v: Double) -> Double { top + plotHeight * (1 - min(max(v, 0), maximum) / maximum) }
        func f(_ v: Double) -> String { DecimalText.fixed(v, places: 1) ?? "0" }
        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(f(width))\" height=\"\(f(height))\" viewBox=\"0 0 \(f(width)) \(f(height))\" role=\"img\">"
        for level in 0...Int(maximum) {
            let v = Double(level)
            svg += "<line x1=\"\(f(left))\" y1=\"\(f(y(v)))\" x2=\"\(f(width - right))\" y2=\"\(f(y(v)))\" stroke=\"#e4e7eb\"/>"
            svg += "<text x=\"\(f(left - 6))\" y=\"\(f(y(v) + 4))\" text-anchor=\"end\">\(level)</text>"
        }
        for (i, period) in periods.enumerated() {
            svg += "<text x=\"\(f(x(i)))\" y=\"\(f(height - 6))\" text-anchor=\"middle\">\(Escaping.html(period))</text>"
        }
        if let target {
            svg += "<line x1=\"\(f(left))\" y1=\"\(f(y(target)))\" x2=\"\(f(width - right))\" y2=\"\(f(y(target)))\" stroke=\"#b42318\" stroke-dasharray=\"5 4\"><title>target \(f(target))</title></line>"
        }
        for line in lines {
            var segment: [String] = []
            func flush() {
                if segment.count > 1 {
                    svg += "<polyline fill=\"none\" stroke=\"\(line.colour)\" stroke-width=\"\(f(line.width))\" points=\"\(segment.joined(separator: " "))\"><title>\(Escaping.html(line.label))</title></polyline>"
                }
                segment = []
            }
            for (i, value) in line.values.enumerated() {
                guard let value else { flush(); continue }
                segment.append("\(f(x(i))),\(f(y(value)))")
                svg += "<circle cx=\"\(f(x(i)))\" cy=\"\(f(y(value)))\" r=\"\(f(line.width + 1))\" fill=\"\(line.colour)\"><title>\(Escaping.html(line.label)) \(Escaping.html(periods[i])): \(DecimalText.twoPlaces(value))</title></circle>"
            }
            flush()
        }
        return svg + "</svg>"
    }
}
