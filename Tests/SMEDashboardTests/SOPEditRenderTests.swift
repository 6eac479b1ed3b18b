import SMEModel
import TerminalUI
import Testing
@testable import SMEDashboard

/// The SOP and Assess screens drawn at 80×24 and 100×30 in both languages.
@Suite struct SOPEditRenderTests {
    /// The food template as a modified draft with kul-003 just made critical.
    private func editedFood(_ language: Language, _ size: Size) -> AppState {
        var state = SOPEditFixture.draftFoodState(language: language, size: size)
        _ = state.press(.down, .down, .char("!"))
        return state
    }

    /// The first food business with kul-001 yes, kul-002 no with a note and action, kul-003 37,5%.
    private func answeredFood(_ language: Language, _ size: Size) -> AppState {
        var state = SOPEditFixture.state(.assess, language: language, size: size, assessor: Assessor(name: "Rina Marlina, S.Sos."))
        state.startAssessment(of: SOPEditFixture.firstBusiness(inSector: "food"))
        _ = state.press(.char(" "), .char(" "), .up, .char(" "), .up, .char("n"))
        _ = state.type("Poster sobek")
        _ = state.press(.enter, .char("t"), .enter, .enter, .down, .enter)
        _ = state.type("37,5")
        _ = state.press(.enter, .up)
        return state
    }

    @Test func checklistsAt80x24InEnglish() {
        let lines = editedFood(.en, Size(width: 80, height: 24)).render().lines()
        #expect(lines[1] == "┌ SOP templates ───────┐ ┌ Health-protocol SOP: … · rev. 4 · draft [modified] ─┐")
        #expect(lines[2] == "│> Food [modified]     │ │Preparation                                          │")
        #expect(lines[3] == "│  rev. 4 · draft      │ │  * kul-001 Follows current central and local gover… │")
        #expect(lines[5] == "│  rev. 1 · published  │ │> ! kul-003 Dine-in guests at the time of the visit… │")
        #expect(lines[9] == "│  rev. 1 · published  │ │Staff health                                         │")
        // The pane under the list holds the whole item text, wrapped, in both languages.
        #expect(lines[14] == "│                      │ │─────────────────────────────────────────────────────│")
        #expect(lines[15] == "│                      │ │kul-003 Dine-in guests at the time of the visit, as a│")
        #expect(lines[16] == "│                      │ │percentage of seating capacity                       │")
        #expect(lines[17] == "│                      │ │ID: Pengunjung makan di tempat saat kunjungan, dalam │")
        #expect(lines[18] == "│                      │ │persen kapasitas tempat duduk                        │")
        #expect(lines[19] == "│                      │ │Source: SE Mendag 12/2020 · number (fails if > 50%) ·│")
        #expect(lines[20] == "│                      │ │weight 1 · ! critical                                │")
        #expect(lines[22] == "kul-003 is now critical (and required)")
        #expect(lines[23] == "a add  e edit  d delete  K up  J down  r required  …  ? help  : menu  q quit")
    }

    @Test func checklistsAt100x30InIndonesian() {
        let lines = editedFood(.id, Size(width: 100, height: 30)).render().lines()
        #expect(lines[0].hasSuffix("● belum disimpan  ID"))
        #expect(lines[1] == "┌ Templat SOP ─────────────┐ ┌ SOP Protokol Kesehatan Usaha Kuliner · rev. 4 · draf [diubah] ──────┐")
        #expect(lines[2] == "│> Kuliner [diubah]        │ │Persiapan                                                            │")
        #expect(lines[5] == "│  rev. 1 · terbit         │ │> ! kul-003 Pengunjung makan di tempat saat kunjungan, dalam persen… │")
        #expect(lines[21] == "│                          │ │kul-003 Pengunjung makan di tempat saat kunjungan, dalam persen      │")
        #expect(lines[22] == "│                          │ │kapasitas tempat duduk                                               │")
        #expect(lines[23] == "│                          │ │EN: Dine-in guests at the time of the visit, as a percentage of      │")
        #expect(lines[24] == "│                          │ │seating capacity                                                     │")
        #expect(lines[25] == "│                          │ │Sumber: SE Mendag 12/2020 · angka (gagal bila > 50%) · bobot 1 · !   │")
        #expect(lines[26] == "│                          │ │kritis                                                               │")
        #expect(lines[28] == "kul-003 kini kritis (dan wajib)")
    }

    @Test func thePublishedTemplateShowsItsStatusAndNoMark() {
        let lines = SOPEditFixture.state(.checklists, size: Size(width: 80, height: 24)).render().lines()
        #expect(lines[1] == "┌ SOP templates ───────┐ ┌ Health-protocol SOP: food bu… · rev. 3 · published ─┐")
        #expect(lines[2] == "│> Food                │ │Preparation                                          │")
        #expect(lines[3] == "│  rev. 3 · published  │ │> * kul-001 Follows current central and local gover… │")
    }

    @Test func wideCharactersKeepTheirColumns() {
        var state = SOPEditFixture.draftFoodState(size: Size(width: 80, height: 24))
        _ = state.press(.char("a"))
        _ = state.type("Cuci tangan 洗手 🧼 di wastafel yang tersedia di depan")
        _ = state.press(.enter)
        _ = state.type("Wash hands 洗手 🧼 at the basin by the door, every time")
        _ = state.press(.enter)
        let grid = state.render()
        #expect(grid.lines()[3] == "│  rev. 4 · draft      │ │  * kul-001 Follows current central and local gover… │")
        #expect(grid.lines()[4] == "│  Tailoring           │ │>   kul-031 Wash hands 洗手 🧼 at the basin by the … │")
        #expect(grid[79, 4].text == "│")
        #expect(grid.lines()[16] == "│                      │ │kul-031 Wash hands 洗手 🧼 at the basin by the door, │")
        #expect(grid.lines()[18] == "│                      │ │ID: Cuci tangan 洗手 🧼 di wastafel yang tersedia di │")
        #expect(grid[79, 18].text == "│")
    }

    @Test func assessAt80x24InEnglish() {
        let lines = answeredFood(.en, Size(width: 80, height: 24)).render().lines()
        #expect(lines[1] == "Warung Nasi Abadi · UMK-3201-00004 · Food · 2021-11-01 · Rina Marlin… [modified]")
        #expect(lines[2] == "Score – · INCOMPLETE · pass mark 80% · failed critical: 0 · required unanswered…")
        #expect(lines[3] == "┌ Health-protocol SOP: food businesses · rev. 3 ───────────────────────────────┐")
        #expect(lines[4] == "│    Answer    Item                                                  Result n/t│")
        #expect(lines[5] == "│Preparation                                                                   │")
        #expect(lines[6] == "│  * yes       Follows current central and local government instruc… pass      │")
        #expect(lines[7] == "│>   no        Posters or stickers on masks, distancing and handwas… FAIL   nt │")
        #expect(lines[8] == "│    37.5%     Dine-in guests at the time of the visit, as a percen… pass      │")
        #expect(lines[14] == "│kul-002 Posters or stickers on masks, distancing and handwashing are up and   │")
        #expect(lines[16] == "│ID: Poster atau stiker protokol kesehatan (masker, jaga jarak, cuci tangan)   │")
        #expect(lines[18] == "│Note: Poster sobek                                                            │")
        #expect(lines[19] == "│Action: Put up protocol posters at the entrance and the cashier · due         │")
        #expect(lines[20] == "│2021-11-08                                                                    │")
    }

    @Test func assessAt100x30InIndonesian() {
        let lines = answeredFood(.id, Size(width: 100, height: 30)).render().lines()
        #expect(lines[1] == "Warung Nasi Abadi · UMK-3201-00004 · Kuliner · 2021-11-01 · Rina Marlina, S.Sos. [diubah]")
        #expect(lines[2] == "Skor – · BELUM LENGKAP · batas 80% · gagal kritis: 0 · wajib belum dijawab: 14 · dijawab 3/30")
        #expect(lines[4] == "│    Jawaban   Kunci   Butir                                                             Hasil  n/t│")
        #expect(lines[7] == "│>   tidak     kul-002 Poster atau stiker protokol kesehatan (masker, jaga jarak, cuci … GAGAL  nt │")
        #expect(lines[8] == "│    37,5%     kul-003 Pengunjung makan di tempat saat kunjungan, dalam persen kapasita… lulus     │")
        #expect(lines[25] == "│Catatan: Poster sobek                                                                             │")
        #expect(lines[26] == "│Tindakan: Pasang poster protokol kesehatan di pintu masuk dan kasir · tenggat 2021-11-08          │")
    }

    @Test func assessBeforeABusinessIsChosen() {
        var state = SOPEditFixture.state(.assess, size: Size(width: 80, height: 24))
        var lines = state.render().lines()
        #expect(lines[2] == "│ No business is being assessed yet.                                           │")
        #expect(lines[4] == "│ b      pick a business (type to filter)                                      │")
        #expect(lines[5] == "│ Enter  assess Angklung Abadi (chosen on the Businesses screen)               │")
        #expect(lines[7] == "│ Assessor: not set (A sets it)                                                │")
        state.language = .id
        lines = state.render().lines()
        #expect(lines[2] == "│ Belum ada usaha yang dinilai.                                                │")
        #expect(lines[5] == "│ Enter  nilai Angklung Abadi (dipilih di layar Usaha)                         │")
    }

    @Test func aFailedCriticalItemShowsInTheScoreLine() {
        var state = SOPEditFixture.state(.assess, size: Size(width: 120, height: 40), assessor: Assessor(name: "Dewi"))
        state.startAssessment(of: SOPEditFixture.firstBusiness(inSector: "food"))
        for _ in 0..<8 { _ = state.press(.down) }
        #expect(state.assess.selectedItem?.key == "kul-009")
        _ = state.press(.char(" "), .up, .char(" "))
        #expect(state.render().lines()[2] == "Score – · INCOMPLETE · pass mark 80% · failed critical: 1 (kul-009) · required unanswered: 14 · answered 1/30")
    }
}
