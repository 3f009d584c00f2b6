import Dispatch
import TrustsiteMarkdown

/// The site search's index, written at build time and read by `assets/search.js` in the reader's
/// browser: no server. It is split so a query downloads little even on a large site:
/// - `search/words-<xx>.json`: the stemmed words starting with `xx` (or `x` while all the lists
///   together are small: `meta.json` says which), each with its number, how
///   many pages have it (to complete a word being typed) and the postings file it is in;
/// - `search/p<n>.json`: the pages each of a run of words is on, best first, at most
///   `postingsPerWord` a word, by word number; a file holds words until it reaches about
///   `postingsFileBytes`, so a site has a few files per hundred pages, not one per word (creating
///   files is most of what writing an index costs);
/// - `search/pages-<n>.json`: title, address and excerpt of `pagesPerFile` pages at a time.
/// A query reads the word lists for its words, the postings files of the words it matches, then
/// only the page files holding the top results.
struct SearchIndex {
    struct Entry {
        var url: String
        var title: String
        var excerpt: String
        /// Weighted text: the title counts most, then headings, then the rest.
        var titleText: String
        var headings: String
        var body: String
    }

    static let pagesPerFile = 25
    static let postingsPerWord = 400
    static let postingsFileBytes = 16_384
    /// Word lists up to this size in all are split by first letter only.
    static let singleLetterWordBytes = 400_000

    let entries: [Entry]
    /// Pages' stems kept from the last build (see `SearchStems`).
    var stems = SearchStems()

    var files: [String: String] {
        let postings = Self.postings(of: entries, stems: stems)
        let terms = postings.keys.filter { $0.count >= 2 }.sorted()
        var files: [String: String] = [:]
        var words: [(term: String, row: String)] = []
        var wordBytes = 0
        var file = 0
        var rows: [String] = []
        var bytes = 0
        func flush() {
            guard !rows.isEmpty else { return }
            files["search/p\(file).json"] = "{" + rows.joined(separator: ",\n") + "}\n"
            file += 1
            rows = []
            bytes = 0
        }
        for (number, term) in terms.enumerated() {
            let pages = postings[term, default: []]
            // Best pages first; ties by page order, so the files never depend on hashing.
            let best = pages.sorted { ($1.weight, $0.page) < ($0.weight, $1.page) }.prefix(Self.postingsPerWord)
            let row = "\"\(number)\":[" + best.map { "[\($0.page),\($0.weight)]" }.joined(separator: ",") + "]"
            if bytes > 0 && bytes + row.utf8.count > Self.postingsFileBytes { flush() }
            rows.append(row)
            bytes += row.utf8.count + 2
            words.append((term, JSONText.quote(term) + ":[\(number),\(pages.count),\(file)]"))
            wordBytes += words[words.count - 1].row.utf8.count + 2
        }
        flush()
        // Split the word lists by first letter while they are small, else by the first two: each
        // file stays a few kilobytes either way, and a small site is not hundreds of tiny files.
        let shardLength = wordBytes <= Self.singleLetterWordBytes ? 1 : 2
        var shards: [String: [String]] = [:]
        for (term, row) in words { shards[SearchText.shard(term, length: shardLength), default: []].append(row) }
        for (shard, rows) in shards {
            files["search/words-\(shard).json"] = "{" + rows.joined(separator: ",\n") + "}\n"
        }
        for start in stride(from: 0, to: entries.count, by: Self.pagesPerFile) {
            let slice = entries[start..<min(entries.count, start + Self.pagesPerFile)]
            let rows = slice.map {
                "[" + [$0.url, $0.title, $0.excerpt].map(JSONText.quote).joined(separator: ",") + "]"
            }
            files["search/pages-\(start / Self.pagesPerFile).json"] = "[" + rows.joined(separator: ",\n") + "]\n"
        }
        files["search/meta.json"] =
            "{\"pages\":\(entries.count),\"pagesPerFile\":\(Self.pagesPerFile),\"shard\":\(shardLength)}\n"
        return files
    }

    /// Each stem's pages with its weight there. Pages are read on every core, a few hundred at a
    /// time (so only that many pages' words are held at once), and merged in page order, so the
    /// result never depends on which thread finished first.
    private static func postings(of entries: [Entry], stems: SearchStems) -> [String: [(page: Int, weight: Int)]] {
        var postings: [String: [(page: Int, weight: Int)]] = [:]
        let chunk = 256
        for start in stride(from: 0, to: entries.count, by: chunk) {
            let end = min(entries.count, start + chunk)
            let slots = ResultSlots<[(String, Int)]>(count: end - start)
            DispatchQueue.concurrentPerform(iterations: end - start) { offset in
                let entry = entries[start + offset]
                let weights = stems.weights(of: [entry.titleText, entry.headings, entry.body]) { stemWeights(entry) }
                slots.set(offset, .success(weights))
            }
            for (offset, slot) in slots.values.enumerated() {
                guard case .success(let weights) = slot else { continue }
                for (stem, weight) in weights { postings[stem, default: []].append((start + offset, weight)) }
            }
        }
        return postings
    }

    /// The weight of each stem on one page: 10 if it is in the title, 4 for each heading that has
    /// it and 1 for each use in the text, up to `repeatsCounted` uses of each kind, so a long page
    /// that repeats a word does not outrank the page whose title it is ("young carers" finds the
    /// Young carers service first). Each distinct word is stemmed once.
    private static func stemWeights(_ entry: Entry) -> [(String, Int)] {
        var stems: [String: Int] = [:]
        for (text, weight, repeats) in [
            (entry.titleText, 10, 1), (entry.headings, 4, 2), (entry.body, 1, Self.repeatsCounted),
        ] {
            var words: [String: Int] = [:]
            for word in SearchText.words(text) { words[word, default: 0] += 1 }
            var counts: [String: Int] = [:]
            for (word, count) in words { counts[SearchText.stem(word), default: 0] += count }
            for (stem, count) in counts { stems[stem, default: 0] += weight * min(count, repeats) }
        }
        return stems.map { ($0.key, $0.value) }
    }

    /// Uses of a word in a page's text that count towards its weight there.
    static let repeatsCounted = 5
}

/// Words and stems, the same here and in `assets/search.js` (which mirrors these rules exactly).
enum SearchText {
    /// Lowercase words of letters and digits; apostrophes inside words are dropped.
    /// (As `text.lowercased()` split at every scalar that is neither alphabetic nor 0-9, but read
    /// byte by byte where the text is ASCII: the index reads every word of the site.)
    static func words(_ text: String) -> [String] {
        var words: [String] = []
        var current: [UInt8] = []
        func endWord() {
            guard !current.isEmpty else { return }
            words.append(String(decoding: current, as: UTF8.self))
            current.removeAll(keepingCapacity: true)
        }
        for scalar in text.unicodeScalars {
            if scalar.isASCII {
                let byte = UInt8(scalar.value)
                switch byte {
                case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): current.append(byte)
                case UInt8(ascii: "A")...UInt8(ascii: "Z"): current.append(byte + 32)
                case UInt8(ascii: "'"): continue
                default: endWord()
                }
            } else if scalar == "\u{2019}" {
                continue
            } else {
                for lower in scalar.properties.lowercaseMapping.unicodeScalars {
                    if lower.properties.isAlphabetic || ("0"..."9").contains(lower) {
                        current.append(contentsOf: String(lower).utf8)
                    } else {
                        endWord()
                    }
                }
            }
        }
        endWord()
        return words
    }

    /// A light English stemmer: enough that "services" finds "service" and "caring" finds "care".
    static func stem(_ word: String) -> String {
        var w = word
        func strip(_ suffix: String, keep: Int = 3, add: String = "") -> Bool {
            guard w.hasSuffix(suffix), w.count - suffix.count >= keep else { return false }
            w = String(w.dropLast(suffix.count)) + add
            return true
        }
        if strip("ies", add: "y") || strip("sses", add: "ss") {
        } else if w.hasSuffix("s"), !w.hasSuffix("ss"), !w.hasSuffix("us"), !w.hasSuffix("is"), w.count > 3 {
            w.removeLast()
        }
        if strip("ing") || strip("ed") || strip("ly") {
            // A doubled consonant left by -ing or -ed loses one ("stopped" → "stop").
            if let last = w.last, w.count >= 2, w.dropLast().last == last, !"lsz".contains(last) { w.removeLast() }
        }
        // A final e goes too, so "care", "caring" and "cared" meet at "car".
        if w.hasSuffix("e"), w.count > 3 { w.removeLast() }
        return w
    }

    /// Which word list a stem is in: its first `length` letters (fewer for a shorter stem).
    static func shard(_ term: String, length: Int = 2) -> String {
        let prefix = term.prefix(length)
        return prefix.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) }
            ? String(prefix) : "other"
    }
}

extension SearchIndex {
    /// Every page worth finding, with its text weighted by where it appears.
    init(content: SiteContent) {
        var entries: [Entry] = []
        func add(_ url: String, _ title: String, _ excerpt: String?, headings: [String] = [], body: [String]) {
            let summary = (excerpt ?? body.first ?? "").trimmedWhitespace
            entries.append(
                Entry(
                    url: url, title: title,
                    excerpt: summary.count > 200 ? String(summary.prefix(197)).trimmedWhitespace + "…" : summary,
                    // A page's description says what it is about in a sentence: its words count as
                    // a heading's do ("teenage pregnancies" finds the priority that sums itself up so).
                    titleText: title, headings: (headings + [excerpt ?? ""]).joined(separator: " "),
                    body: body.joined(separator: " ")))
        }
        func text(_ document: ContentDocument) -> (headings: [String], body: [String]) {
            (document.rendered.headings.map(\.text), [document.rendered.plainText])
        }
        if let home = content.home {
            add(SiteRoutes.home, content.config.name, home.description, body: text(home).body)
        }
        if let plan = content.plan {
            let (headings, body) = text(plan.document)
            add(SiteRoutes.plan, plan.title, plan.document.description, headings: headings, body: body)
            for section in plan.sections {
                let (headings, body) = text(section.document)
                add(
                    SiteRoutes.section(section), section.title, section.document.description, headings: headings,
                    body: body)
            }
            for priority in plan.priorities {
                let (headings, body) = text(priority.document)
                let actions = priority.actions.map {
                    [$0.id, $0.what, $0.measure ?? "", $0.target ?? ""].joined(separator: " ")
                }
                add(
                    SiteRoutes.priority(priority), priority.title, priority.document.description,
                    headings: headings + priority.outcomeIDs.compactMap { Outcome.named($0)?.title },
                    body: body + actions + priority.indicators.map { "\($0.id) \($0.name)" })
            }
            for theme in plan.themes {
                let (headings, body) = text(theme.document)
                add(
                    SiteRoutes.theme(theme), theme.title, theme.document.description,
                    headings: headings + plan.priorities(inTheme: theme.slug).map(\.title), body: body)
            }
            for indicator in plan.indicators {
                add(
                    SiteRoutes.indicator(indicator), "\(indicator.id): \(indicator.name)", indicator.description,
                    headings: [indicator.id],
                    body: [indicator.name, indicator.source ?? "", indicator.description ?? ""])
            }
            for outcome in Outcome.all {
                add(
                    SiteRoutes.outcome(outcome.id), outcome.title,
                    "What the plan does so that children and young people "
                        + outcome.title.lowercased() + ".", body: outcome.aims)
            }
        }
        for past in content.pastPlans {
            let (headings, body) = text(past.document)
            add(SiteRoutes.pastPlan(past), past.title, past.document.description, headings: headings, body: body)
        }
        for review in content.reviews {
            let (headings, body) = text(review.document)
            add(
                SiteRoutes.review(review), review.title, review.document.description, headings: headings,
                body: body + review.progress.compactMap(\.evidence))
        }
        if let board = content.board {
            add(
                SiteRoutes.board, board.document?.title ?? "The Children's Trust Board", board.document?.description,
                headings: board.subgroups.map(\.name),
                body: [board.document?.rendered.plainText ?? ""] + board.allMembers.map { "\($0.name) \($0.role)" }
                    + board.partners.map(\.name) + [board.voice ?? "", board.lscb?.relationship ?? ""])
        }
        if let offer = content.offer {
            if let document = offer.document {
                let (headings, body) = text(document)
                add(
                    SiteRoutes.offer, document.title ?? "Help for children and families", document.description,
                    headings: headings, body: body)
            }
            for service in offer.services {
                add(
                    SiteRoutes.service(service), service.name, service.summary,
                    headings: service.outcomeIDs.compactMap { Outcome.named($0)?.title } + service.areas,
                    body: [
                        service.summary, service.audience, service.access, service.cost, service.place,
                        service.accessibility, service.document.rendered.plainText,
                    ].compactMap { $0 }
                        // Where it is offered and who provides it, so "Southfield Library" finds it.
                        + service.sites.flatMap { [$0.name, $0.address, $0.accessibility].compactMap { $0 } }
                        + service.providers.map { content.board?.partner($0)?.name ?? $0 })
            }
        }
        for page in content.pages {
            let (headings, body) = text(page.document)
            add(page.url, page.title, page.document.description, headings: headings, body: body)
        }
        self.entries = entries
    }
}
