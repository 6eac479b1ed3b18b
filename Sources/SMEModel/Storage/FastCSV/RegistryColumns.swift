/// Column names of the registry and survey CSV files, shared by the reader and the writer so they
/// cannot drift apart. Documented in `docs/data-format.md`.
public enum RegistryColumns {
    public static let regions = ["code", "name", "kind"]
    public static let sectors = ["key", "nameId", "nameEn", "aliases"]
    public static let businesses = [
        "id", "name", "owner", "ownerNIK", "phone", "sector", "region", "scale", "nib", "employees",
        "yearFounded", "online", "onlineSince", "channels", "payments", "status",
    ]
    public static let cooperatives = [
        "id", "name", "nik", "legalEntityNumber", "type", "sector", "region", "membersMale",
        "membersFemale", "active", "lastRATYear", "assets",
    ]
    public static let waves = ["id", "labelId", "labelEn", "startDate", "endDate", "sampling"]
    public static let responses = [
        "wave", "businessID", "sector", "region", "scale", "onlineBefore", "onlineNow", "channels",
        "revenueChange", "status", "reasonsNotOnline", "assistance",
    ]
}
