/// The chart's geometry as a Mustache template's values (`Templates/report.html.mustache`).
extension BarChart {
    /// The geometry as a template's values.
    func values() -> [String: Any] {
        let layout = layout()
        return [
            "width": layout.width,
            "height": layout.height,
            "top": layout.top,
            "plotBottom": layout.plotBottom,
            "axisLabelY": layout.axisLabelY,
            "legendY": layout.legendY,
            "openLegendY": layout.openLegendY,
            "gridlines": layout.gridlines.map { ["x": $0.x, "label": $0.label] },
            "headings": layout.headings.map { ["title": $0.title, "y": $0.y, "bar": $0.bar.values] as [String: Any] },
            "rows": layout.rows.map(\.values),
            "hasRows": !layout.rows.isEmpty,
            "hasPeers": layout.hasPeers,
            "hasOpen": layout.hasOpen,
            "peerBodies": layout.peerBodies,
        ]
    }
}

extension BarChart.Bar {
    /// The bar as a template's values.
    var values: [String: Any] {
        [
            "x": x, "y": y, "width": width, "height": height, "standing": standing,
            "score": score, "scoreX": scoreX, "valueY": valueY,
            "target": target, "targetX": targetX, "targetY1": targetY1, "targetY2": targetY2,
        ]
    }
}

extension BarChart.Row {
    /// The row as a template's values. Besides `lines` and `bar`, the flat keys that custom
    /// templates written before labels wrapped use (`title` cut to one line, `labelY`, `barX`…).
    var values: [String: Any] {
        [
            "title": ANSIText.truncate(fullTitle, to: BarChart.labelCharacters),
            "labelY": bar.valueY,
            "barX": bar.x,
            "barY": bar.y,
            "barWidth": bar.width,
            "barHeight": bar.height,
            "standing": bar.standing,
            "score": bar.score,
            "scoreX": bar.scoreX,
            "target": bar.target,
            "targetX": bar.targetX,
            "targetY1": bar.targetY1,
            "targetY2": bar.targetY2,
            "fullTitle": fullTitle,
            "lines": lines.map { ["text": $0.text, "y": $0.y] },
            "bar": bar.values,
            "open": open.map { [["x": $0.x, "width": $0.width, "count": $0.count]] } ?? [],
            "peer": peer.map { [["median": $0.median, "points": $0.points]] } ?? [],
        ]
    }
}
