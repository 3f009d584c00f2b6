/// The build cache's file format: lines of tab-separated fields, with tabs, newlines and
/// backslashes in values escaped. Page facts repeat the same links on every page (navigation,
/// footer), so each distinct string is written once in a table and pages refer to it by number.
///
///     trustsite-build-cache 1
///     key <TAB> <key>
///     i <TAB> <input path> <TAB> <stamp> <TAB> <content hash>
///     s <TAB> <string>                      (the n-th `s` line is string n)
///     p <TAB> <url> <TAB> <output path> <TAB> <stamp or -> <TAB> <updated or -> <TAB> <sources> <TAB> <ids> <TAB> <links>
///
/// where sources, ids and links are comma-separated string numbers.
enum BuildCacheText {
    static func encode(_ cache: BuildCache) -> String {
        var lines = [BuildCache.header, "key\t" + escape(cache.key)]
        for (path, input) in cache.inputs.sorted(by: { $0.key < $1.key }) {
            lines.append("i\t\(escape(path))\t\(input.stamp)\t\(input.hash)")
        }
        var numbers: [String: Int] = [:]
        func number(_ text: String) -> String {
            if let known = numbers[text] { return String(known) }
            let next = numbers.count
            numbers[text] = next
            lines.append("s\t" + escape(text))
            return String(next)
        }
        for (url, page) in cache.pages.sorted(by: { $0.key < $1.key }) {
            let sources = page.sources.sorted().map(number).joined(separator: ",")
            let ids = page.facts.ids.sorted().map(number).joined(separator: ",")
            let links = page.facts.links.map(number).joined(separator: ",")
            lines.append(
                [
                    "p", escape(url), escape(page.outputPath), page.stamp?.description ?? "-", page.updated?.iso ?? "-",
                    sources, ids, links,
                ]
                .joined(separator: "\t"))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// nil for anything but a complete cache file of this version.
    static func decode(_ text: String) -> BuildCache? {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: true)[...]
        guard lines.first == Substring(BuildCache.header) else { return nil }
        lines = lines.dropFirst()
        guard let keyLine = lines.first, keyLine.hasPrefix("key\t") else { return nil }
        var cache = BuildCache(key: unescape(keyLine.dropFirst(4)), inputs: [:], pages: [:])
        var strings: [String] = []
        for line in lines.dropFirst() {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            switch fields.first {
            case "i":
                guard fields.count == 4, let stamp = FileStamp(fields[2]) else { return nil }
                cache.inputs[unescape(fields[1])] = .init(stamp: stamp, hash: String(fields[3]))
            case "s":
                guard fields.count == 2 else { return nil }
                strings.append(unescape(fields[1]))
            case "p":
                let stamp = fields.count == 8 && fields[3] != "-" ? FileStamp(fields[3]) : nil
                guard fields.count == 8, stamp != nil || fields[3] == "-",
                    let sources = lookup(fields[5], strings), let ids = lookup(fields[6], strings),
                    let links = lookup(fields[7], strings)
                else { return nil }
                let updated = fields[4] == "-" ? nil : Day(iso: String(fields[4]))
                cache.pages[unescape(fields[1])] = .init(
                    outputPath: unescape(fields[2]), stamp: stamp, updated: updated, sources: Set(sources),
                    facts: PageFacts(ids: Set(ids), links: links))
            default:
                return nil
            }
        }
        return cache
    }

    private static func lookup(_ field: Substring, _ strings: [String]) -> [String]? {
        var result: [String] = []
        for part in field.split(separator: ",") {
            guard let index = Int(part), strings.indices.contains(index) else { return nil }
            result.append(strings[index])
        }
        return result
    }

    static func escape(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == 0x5C || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) else { return text }
        var out = ""
        for character in text.unicodeScalars {
            switch character {
            case "\\": out += "\\\\"
            case "\t": out += "\\t"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            default: out.unicodeScalars.append(character)
            }
        }
        return out
    }

    static func unescape(_ text: Substring) -> String {
        guard text.utf8.contains(0x5C) else { return String(text) }
        var out = ""
        var escaped = false
        for character in text.unicodeScalars {
            if escaped {
                switch character {
                case "t": out += "\t"
                case "n": out += "\n"
                case "r": out += "\r"
                default: out.unicodeScalars.append(character)
                }
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else {
                out.unicodeScalars.append(character)
            }
        }
        return out
    }
}
