/// The values of the statistics page (`statistics` template).
struct StatisticsPage: TemplateFields {
    let counts: Counts
    let asOf: DateValue?
    /// The figure by status.
    let current: [Figure]
    /// By year, cumulative, by region, by charge, by sentence type.
    let recorded: [Figure]
    /// "Figures as of <time …>…</time>, the latest update …" (HTML), with `as_of`.
    let asOfHTML: String?
    /// Custody and recognition, when the archive records either (`HeldSection`).
    var held: HeldSection? = nil
    /// Said only when some case counts unnamed defendants: they cannot be told apart across cases.
    var unnamedNote: String? = nil
    /// "2 persons died in custody", only when someone did.
    var diedInCustody: String? = nil

    static let fieldNames = ["counts", "as_of", "as_of_html", "current", "recorded", "held", "unnamed_note", "died_in_custody"]
    func field(_ key: String) -> TemplateValue? {
        switch key {
        case "unnamed_note": unnamedNote.templateValue
        case "died_in_custody": diedInCustody.templateValue
        case "held": held.templateValue
        case "as_of_html": asOfHTML.templateValue
        case "counts": .fields(counts)
        case "as_of": asOf.templateValue
        case "current": .list(current)
        case "recorded": .list(recorded)
        default: nil
        }
    }
}

/// One figure: a chart (inline SVG) and a table with the same numbers.
struct Figure: TemplateFields {
    let id: String
    let heading: String
    var note: String?
    let svg: String
    var caption: String
    let columns: [String]
    let rows: [FigureRow]
    /// The cells of the total row; empty when the figure has none.
    let total: [String]
    /// A sentence under the table (the sentence figure's "as in force after the latest decision").
    var footnote: String? = nil

    static let fieldNames = ["id", "heading", "note", "svg", "caption", "columns", "rows", "total", "footnote"]
    func field(_ key: String) -> TemplateValue? {
        switch key {
        case "id": .string(id)
        case "heading": .string(heading)
        case "note": note.templateValue
        case "svg": .string(svg)
        case "caption": .string(caption)
        case "columns": .list(columns)
        case "rows": .list(rows)
        case "total": .list(total)
        case "footnote": footnote.templateValue
        default: nil
        }
    }
}

/// `{label, href, cells, lang}`: a row of a figure's table; `cells` are the numbers as texts.
struct FigureRow: TemplateFields {
    let label: String
    let href: String?
    let cells: [String]
    /// A region's language where the label is not the page's (`Facet.Value.lang`).
    var lang: String? = nil

    static let fieldNames = ["label", "href", "cells", "lang"]
    func field(_ key: String) -> TemplateValue? {
        switch key {
        case "label": .string(label)
        case "lang": lang.templateValue
        case "href": href.templateValue
        case "cells": .list(cells)
        default: nil
        }
    }
}
