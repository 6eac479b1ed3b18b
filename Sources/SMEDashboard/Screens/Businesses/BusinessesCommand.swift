import SMEModel

/// Commands of the Businesses screen.
public enum BusinessesCommand: String, CaseIterable, Hashable, Sendable {
    case search
    case filterRegion = "filter-region"
    case filterScale = "filter-scale"
    case filterOnline = "filter-online"
    case filterChannel = "filter-channel"
    case clearFilters = "clear-filters"
    case sortColumn = "sort-column"
    case reverseSort = "reverse-sort"
    case togglePersonalData = "toggle-personal-data"
    case filterType = "filter-type"
    case filterActive = "filter-active"
    case ratWorklist = "rat-worklist"
    case frequency
    case columns
    case toggleColumn = "toggle-column"
    case moveColumnUp = "move-column-up"
    case moveColumnDown = "move-column-down"
    case exportView = "export-view"
    case filterLastImport = "filter-last-import"

    public var help: Localized {
        switch self {
        case .search: Localized(id: "Cari nama, pemilik atau ID", en: "Search name, owner or id")
        case .filterRegion: Localized(id: "Saring menurut wilayah", en: "Filter by region")
        case .filterScale: Localized(id: "Saring menurut skala", en: "Filter by scale")
        case .filterOnline: Localized(id: "Saring daring / belum daring", en: "Filter online / not online")
        case .filterChannel: Localized(id: "Saring menurut kanal", en: "Filter by channel")
        case .clearFilters: Localized(id: "Hapus semua saringan", en: "Clear all filters")
        case .sortColumn: Localized(id: "Urutkan menurut kolom", en: "Sort by a column")
        case .reverseSort: Localized(id: "Balik urutan", en: "Reverse the order")
        case .filterType: Localized(id: "Saring koperasi menurut jenis", en: "Filter cooperatives by type")
        case .filterLastImport: Localized(id: "Hanya usaha yang ditambah atau diubah batch impor terakhir", en: "Only the businesses the last accepted import added or changed")
        case .filterActive: Localized(id: "Saring koperasi aktif / tidak aktif", en: "Filter cooperatives active / inactive")
        case .columns: Localized(id: "Pilih dan urutkan kolom tabel usaha", en: "Choose and order the business table's columns")
        case .toggleColumn: Localized(id: "Daftar kolom: tampilkan / sembunyikan", en: "Column list: show / hide")
        case .moveColumnUp: Localized(id: "Daftar kolom: geser ke kiri (atas)", en: "Column list: move left (up)")
        case .moveColumnDown: Localized(id: "Daftar kolom: geser ke kanan (bawah)", en: "Column list: move right (down)")
        case .frequency: Localized(id: "Tabel frekuensi menurut kolom; lagi: pivot dengan kolom kedua", en: "Frequency table by a column; again: pivot by a second column")
        case .exportView: Localized(id: "Ekspor tabel frekuensi (XLSX, CSV, …)", en: "Export the frequency table (XLSX, CSV, …)")
        case .ratWorklist: Localized(id: "Daftar pembinaan: koperasi tanpa RAT dua tahun (lagi: semua)",
                                     en: "Supervision worklist: cooperatives with no RAT for two years (again: all)")
        case .togglePersonalData: Localized(id: "Tampilkan/sembunyikan NIK dan telepon", en: "Show/hide NIK and phone")
        }
    }
}
