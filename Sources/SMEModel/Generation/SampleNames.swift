/// Name parts for plausible Sundanese and Indonesian sample names. None is a real business.
enum SampleNames {
    static let maleFirst = [
        "Asep", "Ujang", "Dedi", "Cecep", "Yayat", "Dadang", "Agus", "Budi", "Hendra", "Iwan", "Rudi",
        "Deden", "Encep", "Jajang", "Wawan", "Yusuf", "Rizal", "Fajar", "Ilham", "Taufik", "Eko",
        "Dodi", "Ade", "Acep", "Engkus", "Herman", "Nandang", "Opik", "Rahmat", "Tatang",
    ]
    static let femaleFirst = [
        "Siti", "Euis", "Neneng", "Iis", "Rina", "Dewi", "Nining", "Yanti", "Lilis", "Entin", "Imas",
        "Ratna", "Wulan", "Tuti", "Nur", "Ani", "Cucu", "Enok", "Heni", "Ika", "Mira", "Nia", "Popon",
        "Rani", "Sri", "Titin", "Umi", "Wida", "Yuli", "Ayu",
    ]
    static let family = [
        "Suryana", "Hidayat", "Permana", "Nugraha", "Kusnadi", "Setiawan", "Rahayu", "Supriatna",
        "Gunawan", "Hermawan", "Saputra", "Wijaya", "Ruhiyat", "Sudrajat", "Mulyana", "Kurniawan",
        "Rosmiati", "Sukmawati", "Maryam", "Hasanah", "Fauzi", "Ramdani", "Sumarni", "Komalasari",
        "Nurhayati", "Firmansyah", "Iskandar", "Sobari", "Jaelani", "Saepudin",
    ]
    static let blessings = [
        "Berkah", "Barokah", "Jaya", "Mandiri", "Sejahtera", "Lestari", "Makmur", "Sentosa", "Abadi",
        "Sauyunan", "Rahayu", "Mekar", "Sugih", "Putra", "Putri", "Sinar", "Cahaya", "Harapan",
        "Amanah", "Saluyu",
    ]
    static let foodKinds = [
        "Warung Nasi", "Rumah Makan", "Kedai Kopi", "Katering", "Seblak", "Bakso", "Mie Ayam",
        "Kue Basah", "Keripik", "Sate", "Nasi Liwet", "Batagor", "Surabi", "Peuyeum", "Dodol",
        "Baso Aci", "Cireng", "Lotek", "Kupat Tahu", "Roti",
    ]
    static let tailoringKinds = ["Penjahit", "Konveksi", "Vermak", "Butik", "Kaos Sablon", "Modiste"]
    static let salonKinds = ["Salon", "Pangkas Rambut", "Barbershop", "Salon Muslimah", "Rias Pengantin"]
    static let eventKinds = ["WO", "Dekorasi", "Sewa Tenda", "Organizer", "Dokumentasi", "Hajatan"]
    static let craftKinds = [
        "Kerajinan Bambu", "Anyaman", "Batik", "Wayang Golek", "Gerabah", "Kerajinan Kulit",
        "Sulaman", "Kerajinan Kayu", "Angklung", "Tas Rajut",
    ]
    static let cooperativePrefixes = [
        "KSP", "Koperasi Konsumen", "KSU", "Koperasi Produsen", "Koperasi Jasa", "Koperasi Pemasaran",
        "Kopkar", "KPRI", "Kopontren", "Kopwan",
    ]
}
