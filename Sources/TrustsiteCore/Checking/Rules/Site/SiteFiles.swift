/// The files published as they are (`SiteContent.files`), as SITE-LINKS looks them up: by
/// address, and by address in lower case, to name the right case when a link gets it wrong.
struct SiteFiles: Sendable {
    let byURL: [String: PublishedFile]
    /// Every page's and file's address by its lower-case form (the first, in address order).
    private let byLowercasedURL: [String: String]

    init(content: SiteContent, pages: some Sequence<String>) {
        byURL = Dictionary(content.files.map { ($0.url, $0) }, uniquingKeysWith: { first, _ in first })
        var lowercased: [String: String] = [:]
        for url in (Array(pages) + content.files.map(\.url)).sorted() where lowercased[url.lowercased()] == nil {
            lowercased[url.lowercased()] = url
        }
        byLowercasedURL = lowercased
    }

    /// The file at a resolved link's `path`. `LinksRule.resolve` ends a path whose last name has no
    /// dot with a slash, as a page's; a file without an extension (`/CNAME`) is found without it.
    func file(at path: String) -> PublishedFile? {
        byURL[path] ?? (path.hasSuffix("/") ? byURL[String(path.dropLast())] : nil)
    }

    /// The pages' addresses and the files', for "Did you mean".
    func addresses(with pages: some Sequence<String>) -> [String] {
        Array(pages) + byURL.keys.sorted()
    }

    /// The page or file whose address differs from `path` only in letter case, if there is one.
    func differentCase(of path: String) -> String? {
        let lowered = path.lowercased()
        if let found = byLowercasedURL[lowered], found != path { return found }
        if lowered.hasSuffix("/"), let found = byLowercasedURL[String(lowered.dropLast())] { return found }
        return nil
    }

    /// The finding for a link or image to `destination` whose case is wrong (`/About/Team.JPG`).
    static func caseFinding(_ location: SourceLocation, what: String, destination: String, right: String) -> Finding {
        Finding(
            location,
            "\(what) goes to \(destination), which is not on this site: addresses are case-sensitive, and the "
                + "address there is \(right).",
            hint: "Write \(right), with each letter's case as in the file or folder name.")
    }

    /// The warnings for files that nothing on the site links to: no link or image in the Markdown,
    /// no link on a rendered page, no mention of their address in a template. Files from `static/`
    /// need no link (a favicon, a search engine's verification file).
    static func unlinked(_ site: RuleInput, files: SiteFiles, linkedFromMarkdown: Set<String>) -> [Finding] {
        var unlinked = Set(
            site.content.files.filter { !$0.isStatic && !linkedFromMarkdown.contains($0.url) }.map(\.url))
        guard !unlinked.isEmpty else { return [] }
        pages: for page in site.pages.keys.sorted() {
            for href in site.pages[page]?.links ?? [] {
                guard let destination = PageLinks.siteLink(href, baseURL: site.config.baseURL),
                    let file = files.file(at: LinksRule.resolve(destination, from: page).0)
                else { continue }
                unlinked.remove(file.url)
                if unlinked.isEmpty { break pages }
            }
        }
        unlinked = unlinked.filter { !site.templates.mentions($0) }
        return site.content.files.filter { unlinked.contains($0.url) }.map { file in
            Finding(
                SourceLocation(file: file.source),
                "nothing on the site links to this file, published at \(file.url), so no reader will find it.",
                hint:
                    "Link to it from a page (`[what it is](\(file.url))`, or `![what it shows](\(file.url))` for an image), or remove it; "
                    + "a file that needs no link, such as a favicon, belongs in static/.",
                level: .warning)
        }
    }
}
