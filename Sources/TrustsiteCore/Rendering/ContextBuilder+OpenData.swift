import TrustsiteEscaping

extension ContextBuilder {
    /// `/data/`: what each data file holds, column by column, and the licence.
    func openDataModel() -> PageModel {
        let config = content.config
        let licence = config.licence
        var html =
            "<p>The facts on this site are published as open data, so anyone can reuse them: journalists, "
            + "scrutiny committees, researchers and residents. Each file comes as CSV (for spreadsheets) and JSON "
            + "(for programs), with the same columns.</p>\n"
        html +=
            "<p>Licence: <a href=\"\(HTMLEscaping.escape(licence.url))\">\(HTMLEscaping.escape(licence.name))</a>. "
            + "Please name \(HTMLEscaping.escape(config.name)) as the source.</p>\n"
        for set in OpenData(content: content).dataSets {
            let id = "data-" + set.stem
            html += "<h2 id=\"\(id)\">\(HTMLEscaping.escape(set.title))</h2>\n"
            html +=
                "<p>Each row is \(HTMLEscaping.escape(set.row)). Download: "
                + "<a href=\"/data/\(set.stem).csv\">\(HTMLEscaping.escape(set.title)) as CSV</a> or "
                + "<a href=\"/data/\(set.stem).json\">as JSON</a> (\(set.rows.count) rows).</p>\n"
            html +=
                "<div class=\"table-scroll\" role=\"region\" tabindex=\"0\" aria-labelledby=\"\(id)-caption\">"
                + "<table>\n<caption id=\"\(id)-caption\">Columns of \(HTMLEscaping.escape(set.stem)).csv</caption>\n"
                + "<thead><tr><th scope=\"col\">Column</th><th scope=\"col\">What it holds</th></tr></thead>\n<tbody>\n"
            for column in set.columns {
                html +=
                    "<tr><th scope=\"row\"><code>\(HTMLEscaping.escape(column.name))</code></th>"
                    + "<td>\(HTMLEscaping.escape(column.meaning))</td></tr>\n"
            }
            html += "</tbody>\n</table></div>\n"
        }
        html +=
            "<p>Cells that begin with =, +, - or @ start with an apostrophe in the CSV files, so that "
            + "spreadsheets show them as text instead of running them.</p>\n"
        return PageModel(
            kind: "page", url: SiteRoutes.openData, title: "Open data",
            description:
                "The plan, each year's progress, the Board and the services as CSV and JSON files, free to reuse.",
            updated: content.config.updated ?? newestDate, breadcrumbs: [homeCrumb], outline: [],
            data: ["document": ["body_html": html]])
    }
}
