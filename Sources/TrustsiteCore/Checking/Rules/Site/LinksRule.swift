import Foundation

/// SITE-LINKS: every internal link and fragment resolves to a page and an anchor the build makes.
struct LinksRule: FixedLevelRule {
    let id = "SITE-LINKS"
    let requirement =
        "Every internal link and fragment (including absolute links to the site's own base_url) resolves to a page and an anchor that the build produces, and every internal image and file link to a published file, in the same letter case; a file under content/ that nothing links to is a warning."
    let citation = "WCAG 2.4; readers' trust"
    let fixedLevel = Diagnostic.Severity.error
    // Reads every rendered page's links and ids.
    let stage = CheckStage.renderedPages

    func check(_ site: RuleInput) -> [Finding] {
        let generated = Set(OpenData(content: site.content).files.keys.map { "/" + $0 })
            .union(site.content.printedPDFs.values.map(\.url))
        let files = SiteFiles(content: site.content, pages: site.pages.keys)
        var linkedFiles: Set<String> = []
        let findings =
            markdownLinks(site, generated: generated, files: files, linkedFiles: &linkedFiles)
            + markdownImages(site, generated: generated, files: files, linkedFiles: &linkedFiles)
            + templateLinks(site, generated: generated, files: files)
            + LogoLink.findings(site, files: files, linkedFiles: &linkedFiles)
        return findings + SiteFiles.unlinked(site, files: files, linkedFromMarkdown: linkedFiles)
    }

    /// Links the templates write (navigation, footer, cross-references): each missing target is one
    /// finding, however many pages carry it, at the template line that writes it when one does.
    private func templateLinks(_ site: RuleInput, generated: Set<String>, files: SiteFiles) -> [Finding] {
        // Links written in Markdown are reported above, at their line.
        var reported = Set(
            site.documents.flatMap { document, pageURL in
                document.rendered.links.compactMap { link -> String? in
                    guard let destination = PageLinks.siteLink(link.destination, baseURL: site.config.baseURL)
                    else { return nil }
                    return Self.resolve(destination, from: pageURL).0
                }
            })
        // The templates' "have your say" links are written from trustsite.yml's `have_your_say:`,
        // whose page SITE-HAVE-YOUR-SAY reports missing: the one mistake is one finding.
        if let haveYourSay = site.config.contact.haveYourSay, PageLinks.isInternal(haveYourSay) {
            reported.insert(Self.resolve(haveYourSay, from: "/").0)
        }
        // Each missing address, with the pages that link to it and the href as a template wrote it.
        var missing: [String: (pages: [String], href: String)] = [:]
        for page in site.pages.keys.sorted() {
            guard let facts = site.pages[page] else { continue }
            for href in Set(facts.internalLinks).sorted() {
                let (path, _) = Self.resolve(href, from: page)
                guard site.pages[path] == nil, !Self.isAsset(path), !generated.contains(path), !reported.contains(path),
                    files.file(at: path) == nil
                else { continue }
                missing[path, default: ([], href)].pages.append(page)
            }
        }
        return missing.keys.sorted().compactMap { path in
            guard let (pages, href) = missing[path] else { return nil }
            let location =
                site.templates.location(ofLink: href) ?? site.templates.location(ofLink: path)
                ?? SourceLocation(file: "templates")
            let message =
                pages.count == 1
                ? "the page \(pages[0]) links to \(path), which is not a page of this site (the link comes from a template)."
                : "\(pages.count) pages link to \(path), which is not a page of this site (the link comes from a template): \(PageLinks.examples(pages))."
            return Finding(location, message, hint: "Create the page, or change the template that writes the link.")
        }
    }

    /// Files the build writes besides pages: the theme's assets, the feed, the sitemap, robots.txt.
    private static func isAsset(_ path: String) -> Bool {
        let file = path.hasSuffix("/") ? String(path.dropLast()) : path
        return file.hasPrefix("/assets/") || [SiteRoutes.feed, SiteRoutes.sitemap, "/robots.txt"].contains(file)
    }

    /// The work the "Did you mean" suggestions of one check may take (candidates' bytes read and
    /// edit-distance cells: under a second): a page of 20,000 links to missing anchors among 20,000
    /// would otherwise compare every one with every one. Past it, broken links are still reported,
    /// without a suggestion.
    var suggestionBudget = 40_000_000

    private func markdownLinks(
        _ site: RuleInput, generated: Set<String>, files: SiteFiles, linkedFiles: inout Set<String>
    ) -> [Finding] {
        var budget = suggestionBudget
        // Each missing page, and each missing anchor of a page, is looked for once.
        var suggestions: [String: String?] = [:]
        func suggestion(_ key: String, for word: String, among candidates: some Sequence<String>) -> String? {
            if let known = suggestions[key] { return known }
            let found = KeySuggester.suggestion(for: word, among: candidates, budget: &budget)
            suggestions[key] = found
            return found
        }
        var findings: [Finding] = []
        for (document, pageURL) in site.documents {
            for link in document.rendered.links {
                // A link to the site's own address is checked like one to a path of it.
                guard let destination = PageLinks.siteLink(link.destination, baseURL: site.config.baseURL) else {
                    continue
                }
                let location = SourceLocation(
                    file: document.path, line: link.position.line, column: link.position.column)
                let (path, fragment) = Self.resolve(destination, from: pageURL)
                if Self.isAsset(path) || generated.contains(path) { continue }
                // A file's fragment (`#page=3` in a PDF) is the reader's business, not an id of a page.
                if let file = files.file(at: path) {
                    linkedFiles.insert(file.url)
                    continue
                }
                guard let anchors = site.anchors(of: path) else {
                    if let right = files.differentCase(of: path) {
                        findings.append(
                            SiteFiles.caseFinding(
                                location, what: "the link \"\(link.text)\"", destination: link.destination, right: right
                            ))
                        continue
                    }
                    let suggested = suggestion(path, for: path, among: files.addresses(with: site.pages.keys))
                    findings.append(
                        Finding(
                            location,
                            "the link \"\(link.text)\" goes to \(link.destination), which is not a page of this site.",
                            hint: suggested.map { "Did you mean \($0)?" }
                                ?? "Check the address; pages end with a slash, e.g. /plan/."))
                    continue
                }
                if let fragment, !fragment.isEmpty, !anchors.contains(fragment) {
                    let suggested = suggestion(path + "#" + fragment, for: fragment, among: anchors)
                    findings.append(
                        Finding(
                            location,
                            "the link \"\(link.text)\" goes to #\(fragment) on \(path), which has no such anchor.",
                            hint: suggested.map { "Did you mean #\($0)?" }
                                ?? "Link to a heading's id (shown in the page's Contents list) or an action's anchor, e.g. #action-a1-2."
                        ))
                }
            }
        }
        return findings
    }

    /// Images in the Markdown whose source is on this site: each must be a file the site publishes
    /// (or the theme's, or one trustsite writes), in the same letter case.
    private func markdownImages(
        _ site: RuleInput, generated: Set<String>, files: SiteFiles, linkedFiles: inout Set<String>
    ) -> [Finding] {
        var findings: [Finding] = []
        for (document, pageURL) in site.documents {
            for image in document.rendered.images {
                guard let source = PageLinks.siteLink(image.source, baseURL: site.config.baseURL) else { continue }
                let (path, _) = Self.resolve(source, from: pageURL)
                if Self.isAsset(path) || generated.contains(path) { continue }
                if let file = files.file(at: path) {
                    linkedFiles.insert(file.url)
                    continue
                }
                let location = SourceLocation(
                    file: document.path, line: image.position.line, column: image.position.column)
                let what = image.alternativeText.isEmpty ? "the image" : "the image \"\(image.alternativeText)\""
                if let right = files.differentCase(of: path) {
                    findings.append(
                        SiteFiles.caseFinding(location, what: what, destination: image.source, right: right))
                    continue
                }
                findings.append(
                    Finding(
                        location, "\(what) is \(image.source), which is not a file of this site.",
                        hint: "Put the image under content/ (beside the page: content/pages/about/team.jpg is "
                            + "/about/team.jpg) or static/, and use its address."))
            }
        }
        return findings
    }

    /// The site path and fragment a link points at, relative links resolved against `pageURL`.
    static func resolve(_ destination: String, from pageURL: String) -> (String, String?) {
        var target = destination
        var fragment: String?
        if let hash = target.firstIndex(of: "#") {
            fragment = String(target[target.index(after: hash)...]).removingPercentEncoding
            target = String(target[..<hash])
        }
        if let query = target.firstIndex(of: "?") { target = String(target[..<query]) }
        if target.isEmpty { return (pageURL, fragment) }
        if !target.hasPrefix("/") {
            let base =
                pageURL.hasSuffix("/")
                ? pageURL : String(pageURL[...(pageURL.lastIndex(of: "/") ?? pageURL.startIndex)])
            target = base + target
        }
        var parts: [Substring] = []
        for part in target.split(separator: "/", omittingEmptySubsequences: true) {
            if part == "." { continue }
            if part == ".." {
                _ = parts.popLast()
                continue
            }
            parts.append(part)
        }
        var path = "/" + parts.joined(separator: "/")
        if path.hasSuffix("/index.html") { path = String(path.dropLast("index.html".count)) }
        // A last segment with a dot names a file (/data/services.csv); anything else is a page.
        let last = path.split(separator: "/").last ?? ""
        if !path.hasSuffix("/"), !last.contains(".") { path += "/" }
        return (path, fragment)
    }
}
