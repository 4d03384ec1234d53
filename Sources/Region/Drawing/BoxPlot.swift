import Assessment
import Audit

/// A one-line inline SVG box plot on a 0–`maximum` axis: whiskers from minimum to maximum,
/// the box from the lower to the upper quartile, a bar at the median, a red tick at the target.
enum BoxPlot {
    static func svg(_ s: Statistics, target: Double?, maximum: Double, width: Double = 260, height: Double = 18) -> String {
        func x(_ v: Double) -> String { DecimalText.fixed(4 + (width - 8) * min(max(v, 0), maximum) / maximum, places: 1) ?? "0" }
        let mid = height / 2
        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(Int(width))\" height=\"\(Int(height))\" role=\"img\">"
        svg += "<title>min \(DecimalText.twoPlaces(s.min)), q1 \(DecimalText.twoPlaces(s.q1)), median \(DecimalText.twoPlaces(s.median)), q3 \(DecimalText.twoPlaces(s.q3)), max \(DecimalText.twoPlaces(s.max))</title>"
        svg += "<line x1=\"\(x(0))\" y1=\"\(height - 1)\" x2=\"\(x(maximum))\" y2=\"\(height - 1)\" stroke=\"#e4e7eb\"/>"
        svg += "<line x1=\"\(x(s.min))\" y1=\"\(mid)\" x2=\"\(x(s.max))\" y2=\"\(mid)\" stroke=\"#7b8794\"/>"
        svg += "<rect x=\"\(x(s.q1))\" y=\"3\" width=\"\(DecimalText.fixed(max(1, (width - 8) * (s.q3 - s.q1) / maximum), places: 1) ?? "1")\" height=\"\(Int(height - 6))\" fill=\"#bcccdc\" stroke=\"#486581\"/>"
        svg += "<line x1=\"\(x(s.median))\" y1=\"2\" x2=\"\(x(s.median))\" y2=\"\(height - 2)\" stroke=\"#102a43\" stroke-width=\"2\"/>"
        if let target {
            svg += "<line x1=\"\(x(target))\" y1=\"0\" x2=\"\(x(target))\" y2=\"\(height)\" stroke=\"#b42318\" stroke-width=\"1.5\" stroke-dasharray=\"3 2\"/>"
        }
        return svg + "</svg>"
    }
}

/// Colours for scores from 0 (red) through amber to `maximum` (green).
enum HeatColour {
    static func fill(_ score: Double?, maximum: Double = 5) -> String {
        guard let score else { return "#f5f7fa" }
        let t = min(max(score / maximum, 0), 1)
        let (a, b, u): ((Double, Double, Double), (Double, Double, Double), Double) = t < 0.5
            ? ((215, 48, 39), (254, 224, 139), t * 2) : ((254, 224, 139), (26, 152, 80), (t - 0.5) * 2)
        func hex(_ x: Double, _ y: Double) -> String {
            let v = Int((x + (y - x) * u).rounded())
            return (v < 16 ? "0" : "") + String(v, radix: 16)
        }
        return "#" + hex(a.0, b.0) + hex(a.1, b.1) + hex(a.2, b.2)
    }
}
