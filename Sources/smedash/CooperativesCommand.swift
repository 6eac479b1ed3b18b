import ArgumentParser
import SMEModel

/// `smedash cooperatives`: list and count cooperatives with the same filter style as businesses.
struct CooperativesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cooperatives",
        abstract: "List, filter and count cooperatives (koperasi).")

    enum Grouping: String, ExpressibleByArgument, CaseIterable { case sector, region, type, active }

    @OptionGroup var global: GlobalOptions

    @Option(help: "Sector key or name.") var sector: String?
    @Option(help: "Region code or name.") var region: String?
    @Option(help: "Type: simpan-pinjam, konsumen, produsen, jasa, pemasaran, serba-usaha.") var type: String?
    @Option(help: "Active (held its RAT): yes or no.") var active: String?
    @Option(help: "Text to find in the name or id.") var search: String?
    @Option(name: .customLong("count-by"), help: "Count instead of listing: sector, region, type, active.")
    var countBy: Grouping?
    @Option(help: "Output: table, csv or json.") var format: OutputFormat = .table

    func run() throws {
        let language = global.language
        let registry = try global.loadRegistry(.cooperatives)
        let wantedSector = try sector.map { try ArgumentLookup.sector($0, in: registry, language: language).key }
        let wantedRegion = try region.map { try ArgumentLookup.region($0, in: registry, language: language).code }
        let wantedType: CooperativeType? = try type.map { text in
            guard let parsed = CooperativeType(parsing: text) else {
                throw CLIError(Localized(id: "jenis koperasi tidak dikenal: \"\(text)\"", en: "unknown cooperative type: \"\(text)\"")(language))
            }
            return parsed
        }
        let wantedActive = try active.map { try ArgumentLookup.yesNo($0, option: "--active", language: language) }
        let needle = search?.lowercased() ?? ""
        let cooperatives = registry.cooperatives.filter { c in
            (wantedSector == nil || c.sector == wantedSector) && (wantedRegion == nil || c.region == wantedRegion)
                && (wantedType == nil || c.type == wantedType) && (wantedActive == nil || c.active == wantedActive)
                && (needle.isEmpty || "\(c.name) \(c.id)".lowercased().contains(needle))
        }.sorted { $0.name.lowercased() < $1.name.lowercased() }

        if let countBy {
            emit(try CountOutput.render(counts(cooperatives, by: countBy, registry: registry, language: language),
                                        format: format, language: language), as: format)
            return
        }
        switch format {
        case .json: emitData(try JSONOutput.encode(cooperatives))
        case .csv: emitData(String(decoding: RegistryEncoder.cooperatives(cooperatives, profile: .rfc4180), as: UTF8.self))
        case .table:
            let style = NumberStyle(language)
            let output = TabularOutput(
                columns: [
                    .init(title: "ID"), .init(title: Localized(id: "Nama koperasi", en: "Cooperative")(language)),
                    .init(title: Localized(id: "Jenis", en: "Type")(language)),
                    .init(title: Localized(id: "Wilayah", en: "Region")(language)),
                    .init(title: Localized(id: "Anggota", en: "Members")(language), rightAligned: true),
                    .init(title: Localized(id: "Aktif", en: "Active")(language)),
                    .init(title: Localized(id: "RAT terakhir", en: "Last RAT")(language), rightAligned: true),
                    .init(title: Localized(id: "Aset (Rp)", en: "Assets (Rp)")(language), rightAligned: true),
                ],
                rows: cooperatives.map { c in
                    [c.id, c.name, c.type.label(language), registry.regionName(c.region, language),
                     style.integer(c.members), c.active ? YesNo.yes.label(language) : YesNo.no.label(language),
                     c.lastRATYear.map(String.init) ?? "–", style.integer(c.assets)]
                })
            emit(output.table())
            emit(Localized(id: "\(style.integer(cooperatives.count)) dari \(style.integer(registry.cooperatives.count)) koperasi\n",
                           en: "\(style.integer(cooperatives.count)) of \(style.integer(registry.cooperatives.count)) cooperatives\n")(language))
        }
    }

    private func counts(_ list: [Cooperative], by grouping: Grouping, registry: Registry, language: Language) -> [GroupCount] {
        switch grouping {
        case .sector:
            return registry.sectors.map { s in GroupCount(group: s.key, label: s.name(language), count: list.filter { $0.sector == s.key }.count) }
        case .region:
            return registry.regions.map { r in GroupCount(group: r.code, label: r.displayName(language), count: list.filter { $0.region == r.code }.count) }
        case .type:
            return CooperativeType.allCases.map { t in GroupCount(group: t.rawValue, label: t.label(language), count: list.filter { $0.type == t }.count) }
        case .active:
            let active = list.filter(\.active).count
            return [GroupCount(group: "yes", label: Localized(id: "aktif", en: "active")(language), count: active),
                    GroupCount(group: "no", label: Localized(id: "tidak aktif", en: "inactive")(language), count: list.count - active)]
        }
    }
}
