/// Reference facts about West Java used to seed the sample data. Sources are listed in
/// `docs/data-sources.md`.
public enum WestJava {
    /// The 27 regencies and cities with their Kemendagri/BPS codes.
    public static let regions: [Region] = [
        ("3201", "Kabupaten Bogor"), ("3202", "Kabupaten Sukabumi"), ("3203", "Kabupaten Cianjur"),
        ("3204", "Kabupaten Bandung"), ("3205", "Kabupaten Garut"), ("3206", "Kabupaten Tasikmalaya"),
        ("3207", "Kabupaten Ciamis"), ("3208", "Kabupaten Kuningan"), ("3209", "Kabupaten Cirebon"),
        ("3210", "Kabupaten Majalengka"), ("3211", "Kabupaten Sumedang"), ("3212", "Kabupaten Indramayu"),
        ("3213", "Kabupaten Subang"), ("3214", "Kabupaten Purwakarta"), ("3215", "Kabupaten Karawang"),
        ("3216", "Kabupaten Bekasi"), ("3217", "Kabupaten Bandung Barat"), ("3218", "Kabupaten Pangandaran"),
        ("3271", "Kota Bogor"), ("3272", "Kota Sukabumi"), ("3273", "Kota Bandung"), ("3274", "Kota Cirebon"),
        ("3275", "Kota Bekasi"), ("3276", "Kota Depok"), ("3277", "Kota Cimahi"), ("3278", "Kota Tasikmalaya"),
        ("3279", "Kota Banjar"),
    ].map { Region(code: $0.0, name: $0.1, kind: $0.1.hasPrefix("Kota") ? .kota : .kabupaten) }

    /// Relative weight of each region in the sample, roughly its population in thousands (SP2020,
    /// BPS; estimated where the census table was not at hand), so Kab. Bogor has the most
    /// businesses and Kota Banjar the fewest.
    public static let regionWeights: [String: Double] = [
        "3201": 5430, "3202": 2700, "3203": 2480, "3204": 3620, "3205": 2590, "3206": 1860,
        "3207": 1230, "3208": 1170, "3209": 2270, "3210": 1310, "3211": 1150, "3212": 1830,
        "3213": 1600, "3214": 1000, "3215": 2360, "3216": 3110, "3217": 1790, "3218": 420,
        "3271": 1040, "3272": 350, "3273": 2440, "3274": 333, "3275": 2540, "3276": 2060,
        "3277": 570, "3278": 720, "3279": 201,
    ]

    /// The five sectors the office's SOPs cover.
    public static let sectors: [Sector] = [
        Sector(key: "food", name: Localized(id: "Kuliner", en: "Food"),
               aliases: ["kuliner", "makanan", "makanan dan minuman"]),
        Sector(key: "tailoring", name: Localized(id: "Penjahit/Konveksi", en: "Tailoring"),
               aliases: ["penjahit", "konveksi", "fesyen", "fashion"]),
        Sector(key: "salon", name: Localized(id: "Salon/Pangkas Rambut", en: "Salon/Barbershop"),
               aliases: ["pangkas rambut", "barbershop", "salon kecantikan"]),
        Sector(key: "events", name: Localized(id: "Jasa Acara/WO", en: "Event services"),
               aliases: ["acara", "jasa acara", "wedding organizer", "wo"]),
        Sector(key: "crafts", name: Localized(id: "Kriya/Kerajinan", en: "Crafts"),
               aliases: ["kriya", "kerajinan"]),
    ]

    /// Sector shares of Dinas-registered UMKM: culinary about 60%, fashion about 17%, the rest
    /// crafts, services and others (Dinas KUK Jabar 2024).
    public static let sectorWeights: [String: Double] = [
        "food": 0.60, "tailoring": 0.17, "crafts": 0.10, "salon": 0.08, "events": 0.05,
    ]
}
