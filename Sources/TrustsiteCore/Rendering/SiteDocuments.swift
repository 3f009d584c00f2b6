import TrustsiteEscaping

/// The machine-read files of a site: `sitemap.xml`, the Atom feed and `robots.txt`.
struct SiteDocuments {
    let content: SiteContent
    /// A draft is for reviewers only: robots.txt asks search engines to stay away.
    var draft = false

    private var base: String { content.config.baseURLWithoutSlash }
    private func xml(_ text: String) -> String { HTMLEscaping.escape(text) }

    /// Every published page but the 404 page, with its last-updated date.
    func sitemap(_ pages: [(url: String, updated: Day?)]) -> String {
        var lines = [
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
            "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">",
        ]
        for page in pages.sorted(by: { $0.url < $1.url }) where page.url != SiteRoutes.notFound {
            var entry = "  <url><loc>\(xml(base + page.url))</loc>"
            if let updated = page.updated { entry += "<lastmod>\(updated.iso)</lastmod>" }
            lines.append(entry + "</url>")
        }
        lines.append("</urlset>")
        return lines.joined(separator: "\n") + "\n"
    }

    /// An Atom feed of the publications: the plan and each annual review, newest first.
    func feed() -> String {
        var entries: [(title: String, url: String, date: Day, summary: String?)] = []
        if let plan = content.plan, let date = plan.published ?? plan.document.updated {
            entries.append((plan.title, SiteRoutes.plan, date, plan.document.description))
        }
        for past in content.pastPlans {
            if let date = past.published ?? past.document.updated {
                entries.append((past.title, SiteRoutes.pastPlan(past), date, past.document.description))
            }
        }
        for review in content.reviews {
            if let date = review.published ?? review.document.updated {
                entries.append((review.title, SiteRoutes.review(review), date, review.document.description))
            }
        }
        entries.sort { ($0.date, $0.url) > ($1.date, $1.url) }
        let updated = entries.first?.date ?? content.config.updated
        var lines = [
            "<?xml version=\"1.0\" encoding=\"utf-8\"?>",
            "<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"\(xml(content.config.language))\">",
            "  <title>\(xml(content.config.name)): publications</title>",
            "  <id>\(xml(content.config.baseURL))</id>",
            "  <link rel=\"alternate\" type=\"text/html\" href=\"\(xml(content.config.baseURL))\"/>",
            "  <link rel=\"self\" type=\"application/atom+xml\" href=\"\(xml(base + SiteRoutes.feed))\"/>",
            "  <author><name>\(xml(content.config.name))</name></author>",
        ]
        if let updated { lines.append("  <updated>\(timestamp(updated))</updated>") }
        for entry in entries {
            lines += [
                "  <entry>",
                "    <title>\(xml(entry.title))</title>",
                "    <id>\(xml(base + entry.url))</id>",
                "    <link rel=\"alternate\" type=\"text/html\" href=\"\(xml(base + entry.url))\"/>",
                "    <updated>\(timestamp(entry.date))</updated>",
            ]
            if let summary = entry.summary { lines.append("    <summary>\(xml(summary))</summary>") }
            lines.append("  </entry>")
        }
        lines.append("</feed>")
        return lines.joined(separator: "\n") + "\n"
    }

    func robots() -> String {
        if draft { return "User-agent: *\nDisallow: /\n" }
        return "User-agent: *\nAllow: /\n\nSitemap: \(base)\(SiteRoutes.sitemap)\n"
    }

    private func timestamp(_ day: Day) -> String { day.iso + "T00:00:00Z" }
}
