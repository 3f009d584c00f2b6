import Foundation

/// The theme's assets as they are published: each under a name that carries a hash of its bytes
/// (`assets/site.3f2a1c9e.css`), which every page links to, so a host can cache it for a year and a
/// changed file is fetched again at once. The plain name (`assets/site.css`) is written too, so a
/// site's own template or page that names it still finds it (without the long cache).
struct ThemeAssets: Sendable {
    /// Two assets whose template fields would have the same name: the first (in path order) keeps it.
    struct Clash: Sendable, Equatable {
        let path: String
        let keptBy: String
        let field: String
    }

    /// The address each asset is linked to, by its path in the theme: `assets/site.css` →
    /// `/assets/site.3f2a1c9e.css`.
    let urls: [String: String]
    /// Every file to write, by output path: the hashed names and the plain ones.
    let published: [String: Data]
    /// The template field for each asset (`site_css`) and its address, given to templates as `{{assets.site_css}}`.
    let fields: [String: String]
    let clashes: [Clash]

    /// The hex digits of the hash in a published name.
    static let hashLength = 8
    /// Assets whose text may name other assets by their `/assets/...` address: those references are
    /// rewritten to the hashed names before the file's own hash is taken.
    static let referencingExtensions: Set<String> = ["css", "js", "mjs", "svg", "json", "webmanifest", "html"]

    init(_ sources: [String: Data]) {
        var urls: [String: String] = [:]
        var contents: [String: Data] = [:]
        // Files that can name others are settled once the files they name are; the rest first.
        var texts: [String: String] = [:]
        for (path, data) in sources.sorted(by: { $0.key < $1.key }) {
            if Self.referencingExtensions.contains(Self.fileExtension(path)),
                let text = String(data: data, encoding: .utf8)
            {
                texts[path] = text
            } else {
                contents[path] = data
                urls[path] = "/" + Self.hashedPath(path, data: data)
            }
        }
        let assetPaths = Set(sources.keys)
        var references: [String: Set<String>] = [:]
        for (path, text) in texts {
            references[path] = Self.references(in: text, among: assetPaths).subtracting([path])
        }
        var unsettled = Set(texts.keys)
        while !unsettled.isEmpty {
            var ready = unsettled.filter { references[$0, default: []].allSatisfy { urls[$0] != nil } }.sorted()
            // Files that name each other cannot each carry the other's hash: settle the first of
            // them, its references to the others left at their plain names (which are published too).
            if ready.isEmpty, let first = unsettled.min() { ready = [first] }
            for path in ready {
                let data = Data(Self.rewrite(texts[path] ?? "", among: assetPaths, to: urls).utf8)
                contents[path] = data
                urls[path] = "/" + Self.hashedPath(path, data: data)
                unsettled.remove(path)
            }
        }
        var published: [String: Data] = [:]
        var fields: [String: String] = [:]
        var fieldOwners: [String: String] = [:]
        var clashes: [Clash] = []
        for (path, data) in contents.sorted(by: { $0.key < $1.key }) {
            guard let url = urls[path] else { continue }
            published[String(url.dropFirst())] = data
            // The plain name keeps the bytes as the site wrote them.
            published[path] = sources[path] ?? data
            let field = Self.fieldName(path)
            if let owner = fieldOwners[field] {
                clashes.append(Clash(path: path, keptBy: owner, field: field))
            } else {
                fieldOwners[field] = path
                fields[field] = url
            }
        }
        self.urls = urls
        self.published = published
        self.fields = fields
        self.clashes = clashes
    }

    /// The address of `assets/site.css` as pages link to it.
    var stylesheet: String { urls["assets/site.css"] ?? SiteRoutes.stylesheet }

    /// `assets/site.css` with the bytes' hash before its extension: `assets/site.3f2a1c9e.css`.
    static func hashedPath(_ path: String, data: Data) -> String {
        var hasher = FNV1a()
        hasher.add(data)
        let hash = String(hasher.hex.prefix(hashLength))
        let slash = path.lastIndex(of: "/").map { path.index(after: $0) } ?? path.startIndex
        let name = path[slash...]
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return path + "." + hash }
        return String(path[..<dot]) + "." + hash + String(path[dot...])
    }

    /// The template field for an asset: its path below `assets/` with each character that is not
    /// a letter or digit written as `_` (`assets/offer-filter.js` → `offer_filter_js`).
    static func fieldName(_ path: String) -> String {
        let name = path.hasPrefix("assets/") ? path.dropFirst("assets/".count) : Substring(path)
        return String(name.map { $0.isASCII && ($0.isLetter || $0.isNumber) ? $0 : "_" })
    }

    private static func fileExtension(_ path: String) -> String {
        guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return "" }
        return path[path.index(after: dot)...].lowercased()
    }

    /// Characters that continue an address after `/assets/`.
    private static func isAddressCharacter(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "."), UInt8(ascii: "-"), UInt8(ascii: "_"),
            UInt8(ascii: "~"), UInt8(ascii: "/"):
            true
        default: false
        }
    }

    /// Each `/assets/...` address in `text` that names one of `assets`, with where it is.
    private static func matches(in text: String, among assets: Set<String>) -> [(range: Range<Int>, path: String)] {
        let bytes = Array(text.utf8)
        let marker = Array("/assets/".utf8)
        var found: [(Range<Int>, String)] = []
        var index = 0
        while index + marker.count <= bytes.count {
            guard bytes[index..<index + marker.count].elementsEqual(marker) else {
                index += 1
                continue
            }
            var end = index + marker.count
            while end < bytes.count, isAddressCharacter(bytes[end]) { end += 1 }
            // A sentence may end just after an address: "see /assets/logo.png."
            var candidate = end
            while candidate > index + marker.count {
                let path = String(decoding: bytes[(index + 1)..<candidate], as: UTF8.self)
                if assets.contains(path) {
                    found.append((index..<candidate, path))
                    break
                }
                guard bytes[candidate - 1] == UInt8(ascii: ".") else { break }
                candidate -= 1
            }
            index = max(end, index + 1)
        }
        return found
    }

    private static func references(in text: String, among assets: Set<String>) -> Set<String> {
        Set(matches(in: text, among: assets).map(\.path))
    }

    /// `text` with each address of an asset whose hashed address is known replaced by it.
    private static func rewrite(_ text: String, among assets: Set<String>, to urls: [String: String]) -> String {
        let bytes = Array(text.utf8)
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var copied = 0
        for match in matches(in: text, among: assets) {
            guard let url = urls[match.path] else { continue }
            result.append(contentsOf: bytes[copied..<match.range.lowerBound])
            result.append(contentsOf: Array(url.utf8))
            copied = match.range.upperBound
        }
        result.append(contentsOf: bytes[copied...])
        return String(decoding: result, as: UTF8.self)
    }
}
