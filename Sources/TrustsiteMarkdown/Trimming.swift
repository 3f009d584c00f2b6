extension StringProtocol {
    /// The text without leading and trailing white space, by Unicode properties. Foundation's
    /// `trimmingCharacters(in:)` bridges through NSString, which showed up in profiles of large sites.
    public var trimmedWhitespace: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
            let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        var result = String.UnicodeScalarView()
        result.append(contentsOf: scalars[first...last])
        return String(result)
    }
}
