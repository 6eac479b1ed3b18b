import ArgumentParser
import SMEModel

extension BusinessSortField: ExpressibleByArgument {}
extension BusinessGrouping: ExpressibleByArgument {}

/// `smedash businesses`: list, filter, search, sort and count the business registry.
struct BusinessesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "businesses",
        abstract: "List, filter and count businesses (UMKM).")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var filter: BusinessFilterOptions

    @Option(help: "Sort by: \(BusinessSortField.allCases.map(\.rawValue).joined(separator: ", ")).")
    var sort: BusinessSortField = .name

    @Flag(name: .long, help: "Sort in descending order.")
    var descending = false

    @Option(name: .customLong("count-by"), help: "Count instead of listing: sector, region, scale, channel, online.")
    var countBy: BusinessGrouping?

    @Option(help: "Output: table, csv or json.")
    var format: OutputFormat = .table

    @Option(help: "Print at most this many rows.")
    var limit: Int?

    @OptionGroup var personal: PersonalDataOption

    func run() throws {
        let language = global.language
        // A plain count by sector or region reads only that column of the file.
        if let countBy, countBy == .sector || countBy == .region {
            let small = try global.loadRegistry([])
            let query = try filter.query(in: small, language: language)
            if let counts = query.isFiltered ? Self.streamedCount(countBy, query, small, global.folder, language)
                                             : Self.fastCount(countBy, small, global.folder, language) {
                emit(try CountOutput.render(counts, format: format, language: language, addsUp: true), as: format)
                return
            }
        }
        let registry = try global.loadRegistry(.businesses)
        var query = try filter.query(in: registry, language: language)
        query.sort = sort
        query.descending = descending
        if let countBy {
            // Counting needs no order.
            let counts = registry.count(query.matchingRows(in: registry), by: countBy, language: language)
            emit(try CountOutput.render(counts, format: format, language: language, addsUp: countBy != .channel), as: format)
            return
        }
        let rows = query.run(on: registry)
        let shown = limit.map { Array(rows.prefix(max(0, $0))) } ?? rows
        let businesses = shown.map { personal.showPersonalData ? registry.businesses[$0] : registry.businesses[$0].masked }
        switch format {
        case .json:
            emitData(try JSONOutput.encode(businesses))
        case .csv:
            emitData(String(decoding: RegistryEncoder.businesses(businesses, profile: .rfc4180), as: UTF8.self))
        case .table:
            let text = BusinessText(language: language)
            let output = TabularOutput(
                columns: text.columns,
                rows: businesses.map { text.row($0, registry: registry) })
            emit(output.table())
            emit(text.footer(shown: shown.count, matched: rows.count, total: registry.businesses.count))
        }
    }
}

extension BusinessesCommand {
    /// The same groups, labels and order as `Registry.count`, from `BusinessColumnCount`; nil
    /// when the file needs the full reader (which then reports any problem).
    static func fastCount(_ grouping: BusinessGrouping, _ registry: Registry, _ folder: DataFolder, _ language: Language) -> [GroupCount]? {
        guard grouping == .sector || grouping == .region else { return nil }
        let sectors = registry.sectors.map(\.key), regions = registry.regions.map(\.code)
        let column = grouping == .sector ? "sector" : "region"
        // A column snapshot from an earlier run answers without reading the CSV.
        guard let counts = folder.columnCache?.counts(folder, column: column, sectors: sectors, regions: regions)
            ?? BusinessColumnCount.count(folder, column: column, codes: grouping == .sector ? sectors : regions)
        else { return nil }
        return groups(grouping, counts, registry, language)
    }

    /// A sector, region or search count read straight from the CSV when no column snapshot can
    /// answer faster; nil for other filters, or when the file needs the full reader.
    static func streamedCount(_ grouping: BusinessGrouping, _ query: BusinessQuery, _ registry: Registry,
                              _ folder: DataFolder, _ language: Language) -> [GroupCount]? {
        guard grouping == .sector || grouping == .region, query.scale == nil, query.online == nil, query.channel == nil,
              query.regions.count <= 1 else { return nil }
        let sectors = registry.sectors.map(\.key), regions = registry.regions.map(\.code)
        // A matching snapshot loads and searches faster than any read of the CSV.
        if folder.columnCache?.hasSnapshot(folder, sectors: sectors, regions: regions) == true { return nil }
        let request = BusinessStreamedCount.Request(byRegion: grouping == .region, sectors: sectors, regions: regions,
                                                    sector: query.sector, region: query.region, search: query.search)
        guard let counts = BusinessStreamedCount.count(folder, request) else { return nil }
        return groups(grouping, counts, registry, language)
    }

    /// Counts by sector key or region code as the registry's groups, in its order.
    private static func groups(_ grouping: BusinessGrouping, _ counts: [String: Int], _ registry: Registry, _ language: Language) -> [GroupCount] {
        grouping == .region
            ? registry.regions.map { GroupCount(group: $0.code, label: $0.displayName(language), count: counts[$0.code] ?? 0) }
            : registry.sectors.map { GroupCount(group: $0.key, label: $0.name(language), count: counts[$0.key] ?? 0) }
    }
}

/// The filters shared by `businesses` and `cooperatives`.
struct BusinessFilterOptions: ParsableArguments {
    @Option(help: "Sector key or name in either language (food, kuliner, tailoring, penjahit, ...).")
    var sector: String?

    @Option(help: "Region code or name (3273, \"Kota Bandung\", bandung barat, ...).")
    var region: String?

    @Option(help: "Scale: micro, small, medium (mikro, kecil, menengah).")
    var scale: String?

    @Option(help: "Online presence: yes or no.")
    var online: String?

    @Option(help: "Sells through this channel (whatsapp, instagram, tokopedia, gofood, ...).")
    var channel: String?

    @Option(help: "Text to find in the name, owner or id.")
    var search: String?

    func query(in registry: Registry, language: Language) throws -> BusinessQuery {
        var query = BusinessQuery()
        query.sector = try sector.map { try ArgumentLookup.sector($0, in: registry, language: language).key }
        query.region = try region.map { try ArgumentLookup.region($0, in: registry, language: language).code }
        if let scale {
            guard let parsed = Scale(parsing: scale) else {
                throw CLIError(Localized(id: "skala tidak dikenal: \"\(scale)\" (micro, small, medium)",
                                         en: "unknown scale: \"\(scale)\" (micro, small, medium)")(language))
            }
            query.scale = parsed
        }
        query.online = try online.map { try ArgumentLookup.yesNo($0, option: "--online", language: language) }
        if let channel {
            guard let parsed = Channel(parsing: channel) else {
                throw CLIError(Localized(
                    id: "kanal tidak dikenal: \"\(channel)\" (\(Channel.allCases.map(\.rawValue).joined(separator: ", ")))",
                    en: "unknown channel: \"\(channel)\" (\(Channel.allCases.map(\.rawValue).joined(separator: ", ")))")(language))
            }
            query.channel = parsed
        }
        query.search = search ?? ""
        return query
    }
}

/// Turns what users type on the command line into model keys, with messages that list the choices.
enum ArgumentLookup {
    static func sector(_ text: String, in registry: Registry, language: Language) throws -> Sector {
        guard let found = registry.findSector(text) else {
            let choices = registry.sectors.map(\.key).joined(separator: ", ")
            throw CLIError(Localized(id: "sektor tidak dikenal: \"\(text)\" (pilihan: \(choices))",
                                     en: "unknown sector: \"\(text)\" (choices: \(choices))")(language))
        }
        return found
    }

    /// Through the one region normaliser: codes, spellings in both languages; a name that is
    /// both a regency and a city (`bandung`) is refused with both choices, never picked.
    static func region(_ text: String, in registry: Registry, language: Language) throws -> Region {
        let normaliser = RegionNormaliser(regions: registry.regions)
        let outcome = normaliser.normalise(text)
        if case .found(let region) = outcome { return region }
        let message = normaliser.problem(text, outcome) ?? Localized(text)
        throw CLIError(message(language) + Localized(
            id: " (pakai kode seperti 3273 atau nama seperti \"Kota Bandung\")",
            en: " (use a code such as 3273 or a name such as \"Kota Bandung\")")(language))
    }

    static func yesNo(_ text: String, option: String, language: Language) throws -> Bool {
        switch text.lowercased() {
        case "yes", "ya", "true": return true
        case "no", "tidak", "false": return false
        default: throw CLIError(Localized(id: "\(option) harus yes atau no", en: "\(option) must be yes or no")(language))
        }
    }
}

/// Column titles and cell text of the business table, in the chosen language.
struct BusinessText {
    var language: Language

    var columns: [TabularOutput.Column] {
        [
            .init(title: "ID"),
            .init(title: Localized(id: "Nama usaha", en: "Business")(language)),
            .init(title: Localized(id: "Sektor", en: "Sector")(language)),
            .init(title: Localized(id: "Wilayah", en: "Region")(language)),
            .init(title: Localized(id: "Skala", en: "Scale")(language)),
            .init(title: Localized(id: "Pekerja", en: "Staff")(language), rightAligned: true),
            .init(title: Localized(id: "Daring", en: "Online")(language)),
            .init(title: Localized(id: "Kanal", en: "Channels")(language)),
        ]
    }

    func row(_ business: Business, registry: Registry) -> [String] {
        [
            business.id, business.name, registry.sectorName(business.sector, language),
            registry.regionName(business.region, language), business.scale.label(language),
            NumberStyle(language).integer(business.employees),
            business.online ? YesNo.yes.label(language) : YesNo.no.label(language),
            business.channels.map { $0.label(language) }.joined(separator: ", "),
        ]
    }

    func footer(shown: Int, matched: Int, total: Int) -> String {
        let style = NumberStyle(language)
        if shown < matched {
            return Localized(
                id: "\(style.integer(shown)) ditampilkan dari \(style.integer(matched)) yang cocok (total \(style.integer(total)))\n",
                en: "\(style.integer(shown)) shown of \(style.integer(matched)) matching (\(style.integer(total)) in all)\n")(language)
        }
        return Localized(id: "\(style.integer(matched)) dari \(style.integer(total)) usaha\n",
                         en: "\(style.integer(matched)) of \(style.integer(total)) businesses\n")(language)
    }
}

/// Prints `--count-by` results.
enum CountOutput {
    /// `addsUp` is false for multi-select groupings (channels), where a total would double-count.
    static func render(_ counts: [GroupCount], format: OutputFormat, language: Language, addsUp: Bool = true) throws -> String {
        switch format {
        case .json:
            return try JSONOutput.encode(counts)
        case .csv:
            return TabularOutput(columns: [], rows: counts.map { [$0.group, $0.label, String($0.count)] })
                .csv(header: ["group", "label", "count"])
        case .table:
            let style = NumberStyle(language)
            let total = counts.reduce(0) { $0 + $1.count }
            var rows = counts.map { [$0.label, style.integer($0.count)] }
            if addsUp { rows.append([Localized(id: "Jumlah", en: "Total")(language), style.integer(total)]) }
            return TabularOutput(
                columns: [.init(title: Localized(id: "Kelompok", en: "Group")(language)),
                          .init(title: Localized(id: "Jumlah", en: "Count")(language), rightAligned: true)],
                rows: rows).table()
        }
    }
}
