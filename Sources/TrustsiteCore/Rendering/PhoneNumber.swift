import Foundation
import TrustsiteMarkdown

/// Phone numbers as people write them: checked as UK numbers, and made into `tel:` links.
enum PhoneNumber {
    /// `01632 960 100` → `01632960100`; nil when nothing dialable is left. A number with an
    /// extension or a note ("01632 960 100 ext 214", "0800 123 4567 (free)") dials its number.
    static func tel(_ text: String?) -> String? {
        guard let text else { return nil }
        if case .success(let dialled) = parse(text) { return dialled }
        var result = ""
        for character in text {
            if character.isASCII, character.isNumber { result.append(character) }
            if character == "+", result.isEmpty { result.append(character) }
        }
        return result.count >= 3 ? result : nil
    }

    /// What is wrong with `text` as a phone number, for a message; nil when it is one.
    static func problem(_ text: String) -> String? {
        switch parse(text) {
        case .success: nil
        case .failure(let problem): problem.text
        }
    }

    struct Problem: Error {
        var text: String
    }

    /// Short numbers a page may give on their own: 999, 112, NHS 111, the police's 101, 105 for
    /// power cuts, 119; and the six-digit 116 helplines (116 123, Samaritans).
    private static let serviceNumbers: Set<String> = ["999", "112", "111", "101", "105", "119"]

    /// The digits to dial (`+` first for an international number), or why there are none.
    ///
    /// A UK number is 0 and 10 digits (01, 02, 03, 05, 07, 08, 09), or 0 and 9 for some 01 area
    /// codes and 0800 numbers; +44 (or 0044), with or without the "(0)", stands for the 0. A number
    /// abroad is + and 8 to 15 digits. The text relay prefixes 18001 and 18002 may come first.
    static func parse(_ text: String) -> Result<String, Problem> {
        var number = Substring(text.trimmedWhitespace)
        // A note in brackets at the end: "(free from mobiles)", "(option 2)".
        if number.hasSuffix(")"), let open = number.lastIndex(of: "("),
            number[open...].contains(where: \.isLetter)
        {
            number = number[..<open]
        }
        // An extension: "ext 214", "ext. 214", "extension 214", "x214".
        let lowered = number.lowercased()
        for marker in [" extension", " ext.", " ext", " x"] {
            guard let range = lowered.range(of: marker, options: .backwards) else { continue }
            let tail = lowered[range.upperBound...].drop { $0 == " " || $0 == ":" }
            guard !tail.isEmpty, tail.allSatisfy(\.isNumber) else { continue }
            number = number.prefix(lowered.distance(from: lowered.startIndex, to: range.lowerBound))
            break
        }
        if number.trimmingCharacters(in: .whitespaces).isEmpty { return .failure(Problem(text: "it has no digits")) }
        if number.contains(where: \.isLetter) { return .failure(Problem(text: "it has letters in it")) }
        if let bad = number.first(where: { !($0.isNumber || " -.()+/".contains($0)) }) {
            return .failure(Problem(text: "it contains '\(bad)'"))
        }
        let plus = number.trimmingCharacters(in: .whitespaces).hasPrefix("+")
        var digits = number.filter { $0.isASCII && $0.isNumber }
        // +44 (0)1632 ...: the bracketed 0 is not dialled after the country code.
        if plus || digits.hasPrefix("00") && digits.count > 6 {
            if !plus { digits.removeFirst(2) }
            guard digits.hasPrefix("44") else {
                return (8...15).contains(digits.count)
                    ? .success("+" + digits)
                    : .failure(
                        Problem(text: "it has \(digits.count) digits after the \(plus ? "+" : "00"), not 8 to 15"))
            }
            digits.removeFirst(2)
            if digits.hasPrefix("0") { digits.removeFirst() }
            digits = "0" + digits
        }
        if serviceNumbers.contains(digits) || digits.count == 6 && digits.hasPrefix("116") { return .success(digits) }
        for relay in ["18001", "18002"] where digits.hasPrefix(relay) && digits.count > 12 {
            if isNational(String(digits.dropFirst(relay.count))) { return .success(digits) }
        }
        if isNational(digits) { return .success(plus ? "+44" + digits.dropFirst() : digits) }
        guard digits.hasPrefix("0") else {
            return .failure(Problem(text: "a UK number starts with 0 or +44"))
        }
        return .failure(Problem(text: "it has \(digits.count) digits; a UK number has 11, e.g. 01632 960 100"))
    }

    private static func isNational(_ digits: String) -> Bool {
        guard digits.hasPrefix("0"), !digits.hasPrefix("00") else { return false }
        if digits.count == 11 { return true }
        return digits.count == 10 && (digits.hasPrefix("01") || digits.hasPrefix("0800") || digits.hasPrefix("0500"))
    }
}
