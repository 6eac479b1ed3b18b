import SMEModel

/// A registry table in the database beside the CSV file it mirrors: the CSV's columns in order,
/// each with its SQL column and type. `row_no` keeps the file's order for `store pull`.
struct StoreTable: Sendable {
    enum ColumnType: Sendable {
        case text, optionalText, integer, optionalInteger, bigint, yesNo, date
        var sql: String {
            switch self {
            case .text: "text NOT NULL"
            case .optionalText: "text"
            case .integer: "integer NOT NULL"
            case .optionalInteger: "integer"
            case .bigint: "bigint NOT NULL"
            case .yesNo: "boolean NOT NULL"
            case .date: "date NOT NULL"
            }
        }
        var isOptional: Bool { self == .optionalText || self == .optionalInteger }
    }

    struct Column: Sendable {
        var csv: String
        var sql: String
        var type: ColumnType
        /// Extra constraint, such as a reference to the regions or sectors.
        var constraint: String = ""

        /// Reads the column back as the CSV text it came from.
        var selectExpression: String {
            switch type {
            case .text: sql
            case .optionalText: "coalesce(\(sql), '')"
            case .integer, .bigint: "\(sql)::text"
            case .optionalInteger: "coalesce(\(sql)::text, '')"
            case .yesNo: "CASE WHEN \(sql) THEN 'yes' ELSE 'no' END"
            case .date: "to_char(\(sql), 'YYYY-MM-DD')"
            }
        }
    }

    var name: String
    var columns: [Column]
    var primaryKey: String?
    /// The CSV file, relative to the data folder.
    var file: String

    var createSQL: String {
        var lines = ["row_no bigint NOT NULL" + (primaryKey == nil ? " PRIMARY KEY" : " UNIQUE")]
        lines += columns.map { "\($0.sql) \($0.type.sql)\($0.sql == primaryKey ? " PRIMARY KEY" : "")\($0.constraint)" }
        return "CREATE TABLE \(name) (\n  " + lines.joined(separator: ",\n  ") + "\n)"
    }

    var selectSQL: String {
        "SELECT " + columns.map(\.selectExpression).joined(separator: ", ") + " FROM \(name) ORDER BY row_no"
    }

    var copyColumns: [String] { ["row_no"] + columns.map(\.sql) }

    private static let region = " REFERENCES regions(code)"
    private static let sector = " REFERENCES sectors(key)"

    /// Parents first: the order to create and fill, the reverse of the order to empty.
    static let all: [StoreTable] = [
        StoreTable(name: "regions", columns: [
            Column(csv: "code", sql: "code", type: .text, constraint: " CHECK (code ~ '^[0-9]{2}([0-9]{2})?$')"),
            Column(csv: "name", sql: "name", type: .text),
            Column(csv: "kind", sql: "kind", type: .text),
        ], primaryKey: "code", file: "registry/regions.csv"),
        StoreTable(name: "sectors", columns: [
            Column(csv: "key", sql: "key", type: .text),
            Column(csv: "nameId", sql: "name_id", type: .text),
            Column(csv: "nameEn", sql: "name_en", type: .text),
            Column(csv: "aliases", sql: "aliases", type: .text),
        ], primaryKey: "key", file: "registry/sectors.csv"),
        StoreTable(name: "businesses", columns: [
            Column(csv: "id", sql: "id", type: .text),
            Column(csv: "name", sql: "name", type: .text),
            Column(csv: "owner", sql: "owner", type: .text),
            Column(csv: "ownerNIK", sql: "owner_nik", type: .optionalText),
            Column(csv: "phone", sql: "phone", type: .text),
            Column(csv: "sector", sql: "sector", type: .text, constraint: sector),
            Column(csv: "region", sql: "region", type: .text, constraint: region),
            Column(csv: "scale", sql: "scale", type: .text),
            Column(csv: "nib", sql: "nib", type: .optionalText),
            Column(csv: "employees", sql: "employees", type: .integer),
            Column(csv: "yearFounded", sql: "year_founded", type: .integer),
            Column(csv: "online", sql: "online", type: .yesNo),
            Column(csv: "onlineSince", sql: "online_since", type: .optionalInteger),
            Column(csv: "channels", sql: "channels", type: .text),
            Column(csv: "payments", sql: "payments", type: .text),
            Column(csv: "status", sql: "status", type: .text),
        ], primaryKey: "id", file: "registry/businesses.csv"),
        StoreTable(name: "cooperatives", columns: [
            Column(csv: "id", sql: "id", type: .text),
            Column(csv: "name", sql: "name", type: .text),
            Column(csv: "nik", sql: "nik", type: .optionalText),
            Column(csv: "legalEntityNumber", sql: "legal_entity_number", type: .text),
            Column(csv: "type", sql: "type", type: .text),
            Column(csv: "sector", sql: "sector", type: .text, constraint: sector),
            Column(csv: "region", sql: "region", type: .text, constraint: region),
            Column(csv: "membersMale", sql: "members_male", type: .integer),
            Column(csv: "membersFemale", sql: "members_female", type: .integer),
            Column(csv: "active", sql: "active", type: .yesNo),
            Column(csv: "lastRATYear", sql: "last_rat_year", type: .optionalInteger),
            Column(csv: "assets", sql: "assets", type: .bigint),
        ], primaryKey: "id", file: "registry/cooperatives.csv"),
        StoreTable(name: "waves", columns: [
            Column(csv: "id", sql: "id", type: .text),
            Column(csv: "labelId", sql: "label_id", type: .text),
            Column(csv: "labelEn", sql: "label_en", type: .text),
            Column(csv: "startDate", sql: "start_date", type: .date),
            Column(csv: "endDate", sql: "end_date", type: .date),
            Column(csv: "sampling", sql: "sampling", type: .text),
        ], primaryKey: "id", file: "survey/waves.csv"),
        StoreTable(name: "responses", columns: [
            Column(csv: "wave", sql: "wave", type: .text, constraint: " REFERENCES waves(id)"),
            Column(csv: "businessID", sql: "business_id", type: .text),
            Column(csv: "sector", sql: "sector", type: .text, constraint: sector),
            Column(csv: "region", sql: "region", type: .text, constraint: region),
            Column(csv: "scale", sql: "scale", type: .text),
            Column(csv: "onlineBefore", sql: "online_before", type: .text),
            Column(csv: "onlineNow", sql: "online_now", type: .text),
            Column(csv: "channels", sql: "channels", type: .text),
            Column(csv: "revenueChange", sql: "revenue_change", type: .text),
            Column(csv: "status", sql: "status", type: .text),
            Column(csv: "reasonsNotOnline", sql: "reasons_not_online", type: .text),
            Column(csv: "assistance", sql: "assistance", type: .text),
        ], primaryKey: nil, file: "survey/responses.csv"),
    ]

    static func named(_ name: String) -> StoreTable { all.first { $0.name == name }! }

    /// The CSV rows of this table in a loaded registry, as `RegistryEncoder` writes them.
    func rows(_ registry: Registry) -> AnySequence<[String]> {
        switch name {
        case "regions": AnySequence(registry.regions.lazy.map(RegistryEncoder.regionRow))
        case "sectors": AnySequence(registry.sectors.lazy.map(RegistryEncoder.sectorRow))
        case "businesses": AnySequence(registry.businesses.lazy.map(RegistryEncoder.businessRow))
        case "cooperatives": AnySequence(registry.cooperatives.lazy.map(RegistryEncoder.cooperativeRow))
        case "waves": AnySequence(registry.waves.lazy.map(RegistryEncoder.waveRow))
        default: AnySequence(registry.responses.lazy.map(RegistryEncoder.responseRow))
        }
    }
}
