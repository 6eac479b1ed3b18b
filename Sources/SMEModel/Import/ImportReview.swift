import Foundation

/// Gives each checked row its verdict against the registry and the rest of the batch: an exact
/// NIB in the registry is an update (with the fields that would change); the same NIK with a
/// similar name, or a similar name in the same region, is a duplicate candidate for an official
/// to decide. Nothing is merged silently.
public enum ImportReview {
    public static func review(_ rows: [ImportedRow], registry: Registry) -> [ImportedRow] {
        let list = registry.businesses
        var byNIB: [String: Int] = [:], byNIK: [String: [Int]] = [:], byNameRegion: [String: [Int]] = [:]
        for index in list.indices {
            let business = list[index]
            if let nib = business.nib, !nib.isEmpty { byNIB[nib] = index }
            if let nik = business.ownerNIK { byNIK[nik, default: []].append(index) }
            byNameRegion[key(business), default: []].append(index)
        }
        var seenNIB: [String: Int] = [:], seenNIK: [String: [Int]] = [:], seenName: [String: [Int]] = [:]
        var out = rows
        for position in out.indices {
            guard let business = out[position].business else { continue }
            let name = normalisedName(business.name)
            let nameKey = business.region + "|" + name
            if let nib = business.nib, let index = byNIB[nib] {
                out[position].verdict = .update(id: list[index].id, changes: changes(from: list[index], to: business))
            } else if let nib = business.nib, let earlier = seenNIB[nib] {
                out[position].verdict = .duplicate(candidates: ["row \(rows[earlier].row)"], reason: Localized(
                    id: "NIB sama dengan baris \(rows[earlier].row)", en: "same NIB as row \(rows[earlier].row)"))
            } else if let nik = business.ownerNIK,
                      let match = (byNIK[nik] ?? []).first(where: { similar(normalisedName(list[$0].name), name) }) {
                out[position].verdict = .duplicate(candidates: [list[match].id], reason: Localized(
                    id: "NIK pemilik sama dan nama mirip dengan \(list[match].id)", en: "same owner NIK and a similar name as \(list[match].id)"))
            } else if let nik = business.ownerNIK,
                      let earlier = (seenNIK[nik] ?? []).first(where: { similar(normalisedName(rows[$0].business?.name ?? ""), name) }) {
                out[position].verdict = .duplicate(candidates: ["row \(rows[earlier].row)"], reason: Localized(
                    id: "NIK pemilik sama dan nama mirip dengan baris \(rows[earlier].row)",
                    en: "same owner NIK and a similar name as row \(rows[earlier].row)"))
            } else if let matches = byNameRegion[nameKey], !matches.isEmpty {
                let ids = matches.prefix(3).map { list[$0].id }
                out[position].verdict = .duplicate(candidates: ids, reason: Localized(
                    id: "nama sama di wilayah yang sama dengan \(ids.joined(separator: ", "))",
                    en: "the same name in the same region as \(ids.joined(separator: ", "))"))
            } else if let earlier = (seenName[nameKey] ?? []).first(where: { rows[$0].place == out[position].place || rows[$0].place.isEmpty || out[position].place.isEmpty }) {
                out[position].verdict = .duplicate(candidates: ["row \(rows[earlier].row)"], reason: Localized(
                    id: "nama sama di wilayah yang sama dengan baris \(rows[earlier].row)",
                    en: "the same name in the same region as row \(rows[earlier].row)"))
            }
            if let nib = business.nib { seenNIB[nib] = seenNIB[nib] ?? position }
            if let nik = business.ownerNIK { seenNIK[nik, default: []].append(position) }
            seenName[nameKey, default: []].append(position)
        }
        return out
    }

    /// A duplicate candidate row beside its first registry candidate, field by field, with
    /// personal data masked; nil when the row is not a duplicate of a registry business.
    public static func twin(of row: ImportedRow, registry: Registry) -> (target: String, fields: [(field: String, row: String, registry: String)])? {
        guard case .duplicate(let candidates, _) = row.verdict, let imported = row.business,
              let target = candidates.first(where: { !$0.hasPrefix("row ") }), let existing = registry.business(target) else { return nil }
        let a = imported.masked, b = existing.masked
        let fields: [(String, String, String)] = [
            ("name", a.name, b.name), ("owner", a.owner, b.owner), ("ownerNIK", a.ownerNIK ?? "", b.ownerNIK ?? ""),
            ("phone", a.phone, b.phone), ("sector", a.sector, b.sector), ("region", a.region, b.region),
            ("scale", a.scale.rawValue, b.scale.rawValue), ("employees", String(a.employees), String(b.employees)),
            ("nib", a.nib ?? "", b.nib ?? ""),
        ]
        return (target, fields.map { (field: $0.0, row: $0.1, registry: $0.2) })
    }

    /// The fields an update would change, as the registry writes them.
    public static func changes(from old: Business, to new: Business) -> [ImportedRow.FieldChange] {
        var out: [ImportedRow.FieldChange] = []
        func compare(_ field: String, _ a: String, _ b: String) {
            if a != b, !b.isEmpty { out.append(ImportedRow.FieldChange(field: field, from: a, to: b)) }
        }
        compare("name", old.name, new.name)
        compare("owner", old.owner, new.owner)
        compare("ownerNIK", old.ownerNIK ?? "", new.ownerNIK ?? "")
        compare("phone", old.phone, new.phone)
        compare("sector", old.sector, new.sector)
        compare("region", old.region, new.region)
        compare("scale", old.scale.rawValue, new.scale.rawValue)
        compare("employees", String(old.employees), String(new.employees))
        if new.yearFounded != 0 { compare("yearFounded", String(old.yearFounded), String(new.yearFounded)) }
        if new.online, !old.online { compare("online", "no", "yes") }
        compare("nib", old.nib ?? "", new.nib ?? "")
        return out
    }

    /// A business name with its legal-form and shop-type words set aside, case-folded:
    /// "CV. Toko Berkah Jaya" and "Berkah Jaya" are the same name.
    public static func normalisedName(_ name: String) -> String {
        let words = SectorMapping.fold(name).split(separator: " ").map(String.init)
        let kept = words.filter { !setAside.contains($0) }
        return (kept.isEmpty ? words : kept).joined(separator: " ")
    }

    static let setAside: Set<String> = ["cv", "ud", "pt", "pd", "toko", "warung", "kedai", "rm", "rumah", "makan", "usaha", "koperasi", "kios"]

    private static func key(_ business: Business) -> String { business.region + "|" + normalisedName(business.name) }

    /// Names within two edits, or one inside the other.
    static func similar(_ a: String, _ b: String) -> Bool {
        a == b || (!a.isEmpty && !b.isEmpty && (a.contains(b) || b.contains(a))) || EditDistance.between(a, b) <= 2
    }
}
