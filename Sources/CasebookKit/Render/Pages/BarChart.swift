import Foundation

/// A horizontal bar chart drawn at build time as inline SVG: no script, no file to load.
///
/// It reads without colour: every bar has its number written next to it with its unit
/// ("3 persons"), and a second series is hatched rather than only differently coloured.
/// Labels are escaped, so any text from the content stays text.
struct BarChart: Sendable {
    /// One kind of bar: its name in the legend, and its numbers with their unit, worded by
    /// the catalogue's plural entry `unit` ("units.person": "3 persons").
    struct Series: Sendable {
        let name: String
        let unit: String
        let words: Catalogue

        func amount(_ value: Int) -> String { words.count(unit, value) }
    }

    struct Row: Sendable {
        let label: String
        let values: [Int]
    }

    /// Unique within the page: ids of the title, description and hatch pattern derive from it.
    let id: String
    let title: String
    let description: String
    let series: [Series]
    let rows: [Row]

    /// Narrow enough that a phone (about 340 px for the chart) draws its 13-unit text at
    /// 10 px, not at 7 px as a 640-unit chart did; a wide screen shows it at its own size.
    static let width = 440
    static let fontSize = 13
    static let barHeight = 14
    static let barGap = 4
    static let rowGap = 10
    /// Room after the longest bar for its number and unit.
    static let numberRoom = 130
    static let ink = "#1b1f24"
    static let barColor = "#0b4f8a"

    /// The chart as an `<svg>` element, or "" when there is nothing to draw.
    var svg: String {
        guard !rows.isEmpty, !series.isEmpty else { return "" }
        let maxValue = max(1, rows.flatMap(\.values).max() ?? 1)
        // Short labels (years) sit left of their bars; longer ones on a line above them.
        let longest = rows.map(\.label.count).max() ?? 0
        let labelsLeft = longest <= 12
        let labelColumn = labelsLeft ? (rows.map { Self.textWidth($0.label) }.max() ?? 0) + 12 : 0
        let barsHeight = series.count * Self.barHeight + (series.count - 1) * Self.barGap
        let labelLine = labelsLeft ? 0 : Self.fontSize + 6
        let rowHeight = labelLine + barsHeight + Self.rowGap
        let legend = legendPlaces
        let legendHeight = series.count > 1 ? (legend.map(\.y).max() ?? 0) + 10 : 0
        let height = legendHeight + rows.count * rowHeight
        let barRoom = Self.width - labelColumn - Self.numberRoom

        var out = "<svg class=\"chart\" role=\"img\" aria-labelledby=\"\(id)-title \(id)-desc\" "
        out += "viewBox=\"0 0 \(Self.width) \(height)\" width=\"\(Self.width)\" height=\"\(height)\" "
        out += "font-family=\"system-ui, sans-serif\" font-size=\"\(Self.fontSize)\" fill=\"\(Self.ink)\">"
        out += "<title id=\"\(id)-title\">\(Self.escape(title))</title>"
        out += "<desc id=\"\(id)-desc\">\(Self.escape(description))</desc>"
        if series.count > 1 {
            out += "<defs><pattern id=\"\(id)-hatch\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" "
            out += "patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\" fill=\"#ffffff\"/>"
            out += "<rect width=\"3\" height=\"6\" fill=\"\(Self.barColor)\"/></pattern></defs>"
            for (index, item) in series.enumerated() {
                let (x, y) = legend[index]
                out += "<rect x=\"\(x)\" y=\"\(y - 12)\" width=\"14\" height=\"14\" \(fill(index))/>"
                out += "<text x=\"\(x + 20)\" y=\"\(y)\">\(Self.escape(item.name))</text>"
            }
        }
        for (rowIndex, row) in rows.enumerated() {
            let top = legendHeight + rowIndex * rowHeight
            let label = Self.escape(Self.shortened(row.label))
            if labelsLeft {
                out += "<text x=\"\(labelColumn - 8)\" y=\"\(top + barsHeight / 2 + Self.fontSize / 2 - 1)\" text-anchor=\"end\">\(label)</text>"
            } else {
                out += "<text x=\"0\" y=\"\(top + Self.fontSize)\" font-weight=\"600\">\(label)</text>"
            }
            for (index, value) in row.values.enumerated() where index < series.count {
                let y = top + labelLine + index * (Self.barHeight + Self.barGap)
                let length = value == 0 ? 0 : max(1, value * barRoom / maxValue)
                if length > 0 {
                    out += "<rect x=\"\(labelColumn)\" y=\"\(y)\" width=\"\(length)\" height=\"\(Self.barHeight)\" \(fill(index))/>"
                }
                out += "<text x=\"\(labelColumn + length + 6)\" y=\"\(y + Self.barHeight - 2)\">\(Self.escape(series[index].amount(value)))</text>"
            }
        }
        return out + "</svg>"
    }

    /// Where each series' legend entry goes (its text's x and baseline): side by side, and
    /// on a line of its own when the chart's width has no room for it beside the one before.
    var legendPlaces: [(x: Int, y: Int)] {
        var places: [(x: Int, y: Int)] = []
        var x = 0, y = 16
        for item in series {
            let entry = 20 + Self.textWidth(item.name)
            if x > 0 && x + entry > Self.width { (x, y) = (0, y + 22) }
            places.append((x, y))
            x += entry + 20
        }
        return places
    }

    /// The first series is solid, the second hatched (with an outline, so it shows when thin).
    func fill(_ index: Int) -> String {
        index == 0 ? "fill=\"\(Self.barColor)\"" : "fill=\"url(#\(id)-hatch)\" stroke=\"\(Self.barColor)\""
    }

    /// About how wide a text is drawn, in pixels: 8 for an ASCII character, 10 for others
    /// (Cyrillic and Kazakh letters are wider), so a label is not cut at the chart's edge.
    static func textWidth(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { $0 + ($1.isASCII ? 8 : 10) }
    }

    /// A label wider than the chart is cut, ending "…", rather than clipped at its edge; the
    /// table below the chart has it whole.
    static func shortened(_ label: String) -> String {
        guard textWidth(label) > width else { return label }
        var kept = "", used = textWidth("…")
        for character in label {
            let next = textWidth(String(character))
            if used + next > width { break }
            kept.append(character)
            used += next
        }
        return kept.trimmingCharacters(in: .whitespaces) + "…"
    }

    /// Text for SVG content and attributes: SVG is XML, escaped as the feed is, and
    /// apostrophes too, as in the HTML around it.
    static func escape(_ text: String) -> String {
        XMLText.escape(text).replacingOccurrences(of: "'", with: "&#39;")
    }
}
