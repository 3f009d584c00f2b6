import Testing

@testable import TrustsiteCore

/// Email addresses, UK phone numbers and web addresses, as contact routes are checked.
@Suite struct ContactAddressTests {
    @Test(arguments: [
        "trust@fernlow.example", "children.trust@brackenmoor.gov.uk", "first.last+cyp@example.org.uk",
        "info@xn--bcher-kva.example", "hub@family-hubs.example.com", " trust@fernlow.example ",
    ])
    func emailAddresses(_ text: String) {
        #expect(EmailAddress.problem(text) == nil, "'\(text)'")
    }

    @Test(arguments: [
        ("TBC", "it has no @"), ("childrenstrust.example.gov.uk", "it has no @"),
        ("trust@@fernlow.example", "it has more than one @"),
        ("@fernlow.example", "there is nothing before the @"),
        ("trust@fernlow", "the part after the @ has no dot (e.g. example.gov.uk)"),
        ("trust@fernlow.", "the part after the @ has a misplaced dot"),
        ("trust @fernlow.example", "it contains a space"),
        ("mailto:trust@fernlow.example", "write the address without `mailto:`"),
        ("trust@fernlow.example.1", "the part after the @ does not end in a domain such as .uk or .org"),
        ("trust;admin@fernlow.example", "it contains ';'"),
        ("trust@fern_low.example", "the part after the @ is not a domain name (e.g. example.gov.uk)"),
    ])
    func notEmailAddresses(_ text: String, _ problem: String) {
        #expect(EmailAddress.problem(text) == problem)
    }

    @Test(arguments: [
        ("01632 960 100", "01632960100"), ("01632 960100", "01632960100"), ("(01632) 960 100", "01632960100"),
        ("020 7946 0000", "02079460000"), ("0300 123 4567", "03001234567"), ("07700 900 123", "07700900123"),
        ("0800 111 111", "0800111111"), ("0800 1111 111", "08001111111"), ("016977 3456", "0169773456"),
        ("+44 1632 960 100", "+441632960100"), ("+44 (0)1632 960 100", "+441632960100"),
        ("0044 1632 960100", "01632960100"), ("01632-960-100", "01632960100"), ("01632.960.100", "01632960100"),
        ("01632 960 100 ext 214", "01632960100"), ("01632 960 100 ext. 214", "01632960100"),
        ("01632 960 100 x214", "01632960100"), ("0800 123 4567 (free from mobiles)", "08001234567"),
        ("18001 01632 960 100", "1800101632960100"), ("111", "111"), ("999", "999"), ("116 123", "116123"),
        ("+353 1 234 5678", "+35312345678"),
    ])
    func phoneNumbers(_ text: String, _ dialled: String) {
        #expect(PhoneNumber.problem(text) == nil, "'\(text)'")
        #expect(PhoneNumber.tel(text) == dialled)
    }

    @Test(arguments: [
        ("TBC", "it has letters in it"), ("01632 96", "it has 7 digits; a UK number has 11, e.g. 01632 960 100"),
        ("01632 960 100 100", "it has 14 digits; a UK number has 11, e.g. 01632 960 100"),
        ("1632 960 100", "a UK number starts with 0 or +44"),
        ("0000", "it has 4 digits; a UK number has 11, e.g. 01632 960 100"),
        ("Call 01632 960 100", "it has letters in it"), ("01632 960 100 or 01632 960 101", "it has letters in it"),
        ("01632 960 100; 01632 960 101", "it contains ';'"), ("+1 234", "it has 4 digits after the +, not 8 to 15"),
        ("020 7946 000", "it has 10 digits; a UK number has 11, e.g. 01632 960 100"),
    ])
    func notPhoneNumbers(_ text: String, _ problem: String) {
        #expect(PhoneNumber.problem(text) == problem)
    }

    @Test(arguments: [
        "https://www.fernlow.example/youth", "http://fernlow.example", "https://FERNLOW.example/a?b=c#d",
        "https://www.example.gov.uk:8443/path", "https://family-hubs.example.org.uk/",
    ])
    func webAddresses(_ text: String) {
        #expect(WebAddress.problem(text) == nil, "'\(text)'")
    }

    @Test(arguments: [
        ("TBC", "it is not a web address (https://...)"), ("www.fernlow.example", "it does not start with https://"),
        ("fernlow.example/youth", "it does not start with https://"),
        ("https://", "the site's name has no dot (e.g. example.gov.uk)"),
        ("https://fernlow", "the site's name has no dot (e.g. example.gov.uk)"),
        ("https://fern low.example", "it contains a space"),
        ("https://fernlow.example/a b", "it contains a space"),
    ])
    func notWebAddresses(_ text: String, _ problem: String) {
        #expect(WebAddress.problem(text) == problem)
    }
}
