import Foundation

/// Reads a region as offices write it: BPS codes (`3201`), Kemendagri codes (`32.01`), and the
/// usual spellings in both languages (`KAB. BOGOR`, `Kabupaten Bogor`, `Kab Bogor`, `Bogor
/// Regency`, `KOTA BOGOR`, `Bogor City`). A bare name that belongs to both a regency and a city
/// (`Bogor`, `Bandung`, `Bekasi`, `Cirebon`, `Sukabumi`, `Tasikmalaya`) is ambiguous and never
/// picked silently. One normaliser for the import, the CLI's `--region` and the dashboard.
public struct RegionNormaliser: Sendable {
    public enum Outcome: Equatable, Sendable {
        case found(Region)
        /// Both a regency and a city carry this name.
        case ambiguous([Region])
        case unknown(suggestions: [Region])
    }

    public let regions: [Region]

    public init(regions: [Region]) {
        self.regions = regions
    }

    public func normalise(_ text: String) -> Outcome {
        let cleaned = Self.fold(text)
        guard !cleaned.isEmpty else { return .unknown(suggestions: []) }
        // Codes: 3201, 32.01, 32 01, "3201.0" as Excel writes numbers.
        let digits = cleaned.filter(\.isNumber)
        if digits.count == 4 || (digits.count == 5 && cleaned.hasSuffix(".0")) {
            let code = String(digits.prefix(4))
            if cleaned.allSatisfy({ $0.isNumber || $0 == "." || $0 == " " }), let region = regions.first(where: { $0.code == code }) {
                return .found(region)
            }
        }
        var words = cleaned.split(separator: " ").map(String.init)
        var kind: Region.Kind?
        if let first = words.first, Self.regencyWords.contains(first) {
            kind = .kabupaten
            words.removeFirst()
        } else if let first = words.first, Self.cityWords.contains(first) {
            kind = .kota
            words.removeFirst()
        } else if let last = words.last, Self.englishRegency.contains(last) {
            kind = .kabupaten
            words.removeLast()
        } else if let last = words.last, Self.englishCity.contains(last) {
            kind = .kota
            words.removeLast()
        }
        let name = words.joined(separator: " ")
        let candidates = regions.filter { Self.fold($0.shortName) == name && (kind == nil || $0.kind == kind) }
        if candidates.count == 1 { return .found(candidates[0]) }
        if candidates.count > 1 { return .ambiguous(candidates) }
        return .unknown(suggestions: suggestions(for: name))
    }

    /// The located message for a region that did not resolve, in both languages.
    public func problem(_ text: String, _ outcome: Outcome) -> Localized? {
        switch outcome {
        case .found: return nil
        case .ambiguous(let regions):
            let choices = regions.map { "\($0.displayName(.id)) (\($0.code))" }.joined(separator: " / ")
            let choicesEn = regions.map { "\($0.displayName(.en)) (\($0.code))" }.joined(separator: " / ")
            return Localized(id: "wilayah \"\(text)\" ambigu: \(choices); tulis Kab. atau Kota, atau kodenya",
                             en: "region \"\(text)\" is ambiguous: \(choicesEn); write Kab. or Kota, or its code")
        case .unknown(let suggestions):
            let hint = suggestions.isEmpty ? "" : suggestions.map { "\($0.displayName(.id)) (\($0.code))" }.joined(separator: ", ")
            let hintEn = suggestions.isEmpty ? "" : suggestions.map { "\($0.displayName(.en)) (\($0.code))" }.joined(separator: ", ")
            return Localized(id: "wilayah \"\(text)\" tidak dikenal" + (hint.isEmpty ? "" : "; maksudnya \(hint)?"),
                             en: "unknown region \"\(text)\"" + (hintEn.isEmpty ? "" : "; did you mean \(hintEn)?"))
        }
    }

    /// Regions whose short name is closest to `name` (edit distance at most a third of it).
    private func suggestions(for name: String) -> [Region] {
        guard !name.isEmpty else { return [] }
        let scored = regions.map { ($0, EditDistance.between(Self.fold($0.shortName), name)) }
        let best = scored.map(\.1).min() ?? .max
        guard best <= max(2, name.count / 3) else { return [] }
        return scored.filter { $0.1 == best }.map(\.0)
    }

    private static let regencyWords: Set<String> = ["kabupaten", "kab", "kab."]
    private static let cityWords: Set<String> = ["kota", "kot.", "kodya"]
    private static let englishRegency: Set<String> = ["regency", "district"]
    private static let englishCity: Set<String> = ["city", "municipality"]

    /// Lower-cased, accents and punctuation other than a dot after "kab" removed, spaces single.
    static func fold(_ text: String) -> String {
        var out = text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil).lowercased()
        out = out.replacingOccurrences(of: "kab.", with: "kab ").replacingOccurrences(of: "kot.", with: "kota ")
        let kept = out.map { $0.isLetter || $0.isNumber || $0 == "." ? $0 : " " }
        return String(kept).split(separator: " ").joined(separator: " ")
    }
}

/// Levenshtein distance, for "did you mean" suggestions on short names.
enum EditDistance {
    static func between(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }
}
