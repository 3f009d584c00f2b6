import TrustsiteMarkdown

/// Whether text is a web address a reader can follow: `https://` or `http://` and a host name.
enum WebAddress {
    /// What is wrong with `text` as a web address, for a message; nil when it is one.
    static func problem(_ text: String) -> String? {
        let address = text.trimmedWhitespace
        let lowered = address.lowercased()
        guard let scheme = ["https://", "http://"].first(where: lowered.hasPrefix) else {
            return hostProblem(String(address.prefix { $0 != "/" })) == nil
                ? "it does not start with https://" : "it is not a web address (https://...)"
        }
        if let bad = address.unicodeScalars.first(where: { !ConfigLoader.isURLScalar($0) }) {
            return bad == " " ? "it contains a space" : "it contains '\(AddressNames.printable(String(bad)))'"
        }
        let rest = address.dropFirst(scheme.count)
        var host = rest.prefix { !"/?#".contains($0) }
        // user@ and :port are legal, and rare on a council's site; the host is what is checked.
        if let at = host.lastIndex(of: "@") { host = host[host.index(after: at)...] }
        if let colon = host.firstIndex(of: ":") { host = host[..<colon] }
        return hostProblem(String(host)).map { "the site's name \($0)" }
    }

    /// What is wrong with `host` as a domain name (`example.gov.uk`), for a message ending
    /// "the part after the @ ..." or "the site's name ..."; nil when it is one.
    static func hostProblem(_ host: String) -> String? {
        let labels = host.split(separator: ".", omittingEmptySubsequences: false)
        guard labels.count >= 2 else { return "has no dot (e.g. example.gov.uk)" }
        for label in labels {
            guard !label.isEmpty else { return "has a misplaced dot" }
            guard label.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" }),
                label.first != "-", label.last != "-"
            else { return "is not a domain name (e.g. example.gov.uk)" }
        }
        guard let top = labels.last, top.count >= 2, top.allSatisfy(\.isLetter) else {
            return "does not end in a domain such as .uk or .org"
        }
        return nil
    }
}
