/// Phone numbers as `tel:` links need digits only (and a leading +).
enum PhoneNumber {
    /// `01632 960 100` → `01632960100`; nil when nothing dialable is left.
    static func tel(_ text: String?) -> String? {
        guard let text else { return nil }
        var result = ""
        for character in text {
            if character.isASCII, character.isNumber { result.append(character) }
            if character == "+", result.isEmpty { result.append(character) }
        }
        return result.count >= 3 ? result : nil
    }
}
