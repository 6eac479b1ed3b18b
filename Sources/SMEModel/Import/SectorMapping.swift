import Foundation

/// Maps what offices write about a business's activity to a sector key: a KBLI 2020 code, or a
/// free-text category (`MAKANAN`, `KULINER`, `FASHION`, `BATIK`, `KERAJINAN`). The table is
/// documented in `docs/import.md`; a sector's own aliases in `registry/sectors.csv` count too, so
/// a new sector needs no code change.
public struct SectorMapping: Sendable {
    /// KBLI 2020 code prefixes and the sector they mean; the longest matching prefix wins.
    public static let kbliPrefixes: [(prefix: String, sector: String)] = [
        ("561", "food"), ("562", "food"), ("563", "food"), ("10", "food"), ("11", "food"),
        ("141", "tailoring"), ("142", "tailoring"), ("143", "tailoring"), ("1512", "tailoring"), ("152", "tailoring"),
        ("96021", "salon"), ("96022", "salon"), ("96023", "salon"),
        ("8230", "events"), ("93291", "events"), ("90002", "events"), ("74202", "events"),
        ("32", "crafts"), ("16", "crafts"), ("13", "crafts"), ("2393", "crafts"),
    ]

    /// Free-text categories seen in regency files and Open Data Jabar, beside the sectors' own
    /// aliases.
    public static let words: [String: String] = [
        "makanan": "food", "minuman": "food", "kuliner": "food", "makanan dan minuman": "food", "mamin": "food",
        "food": "food", "catering": "food", "katering": "food", "warung makan": "food", "snack": "food",
        "fashion": "tailoring", "fesyen": "tailoring", "batik": "tailoring", "konveksi": "tailoring",
        "penjahit": "tailoring", "jahit": "tailoring", "pakaian": "tailoring", "garmen": "tailoring", "busana": "tailoring",
        "salon": "salon", "pangkas rambut": "salon", "barbershop": "salon", "kecantikan": "salon", "tata rias": "salon",
        "event": "events", "event organizer": "events", "eo": "events", "wedding organizer": "events", "wo": "events",
        "dekorasi": "events", "jasa acara": "events", "sewa tenda": "events",
        "kerajinan": "crafts", "kriya": "crafts", "handicraft": "crafts", "anyaman": "crafts", "souvenir": "crafts",
        "craft": "crafts", "crafts": "crafts",
    ]

    private let keys: Set<String>
    private let aliases: [String: String]

    public init(sectors: [Sector]) {
        let keys = Set(sectors.map(\.key))
        self.keys = keys
        var aliases = Self.words.filter { keys.contains($0.value) }
        for sector in sectors {
            for word in [sector.key, sector.name.id, sector.name.en] + sector.aliases {
                aliases[Self.fold(word)] = sector.key
            }
        }
        self.aliases = aliases
    }

    /// The sector of a KBLI code (five digits, or fewer for a group), nil when none matches.
    public func sector(kbli: String) -> String? {
        let digits = kbli.filter(\.isNumber)
        guard digits.count >= 2, digits.count <= 5, digits.count == kbli.trimmingCharacters(in: .whitespaces).count else { return nil }
        let match = Self.kbliPrefixes.filter { digits.hasPrefix($0.prefix) && keys.contains($0.sector) }
            .max { $0.prefix.count < $1.prefix.count }
        return match?.sector
    }

    /// The sector of a category text, nil when none matches.
    public func sector(text: String) -> String? {
        let folded = Self.fold(text)
        if let exact = aliases[folded] { return exact }
        // "USAHA MAKANAN RINGAN": a known word inside a longer category.
        let words = folded.split(separator: " ").map(String.init)
        for length in stride(from: min(words.count, 3), through: 1, by: -1) {
            for start in 0...(words.count - length) {
                if let found = aliases[words[start..<(start + length)].joined(separator: " ")] { return found }
            }
        }
        return nil
    }

    /// The closest known words, for "did you mean".
    public func suggestions(for text: String) -> [String] {
        let folded = Self.fold(text)
        let scored = aliases.keys.map { ($0, EditDistance.between($0, folded)) }
        guard let best = scored.map(\.1).min(), best <= max(2, folded.count / 3) else { return [] }
        return scored.filter { $0.1 == best }.map(\.0).sorted().prefix(3).map { $0 }
    }

    static func fold(_ text: String) -> String {
        // Most names are plain ASCII: fold them byte by byte, the same result without Unicode tables.
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            var out: [UInt8] = []
            out.reserveCapacity(text.utf8.count)
            for byte in text.utf8 {
                let lower = byte >= 65 && byte <= 90 ? byte + 32 : byte
                let kept = (lower >= 97 && lower <= 122) || (lower >= 48 && lower <= 57)
                if kept {
                    out.append(lower)
                } else if let last = out.last, last != 32 {
                    out.append(32)
                }
            }
            if out.last == 32 { out.removeLast() }
            return String(decoding: out, as: UTF8.self)
        }
        let lower = text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil).lowercased()
        return String(lower.map { $0.isLetter || $0.isNumber ? $0 : " " }).split(separator: " ").joined(separator: " ")
    }
}
