import SMEModel
import Testing
import TerminalUI
@testable import SMEDashboard

/// The Export form drawn at 80×24 and 100×30 in both languages.
@Suite struct ExportScreenRenderTests {
    @Test func defaultFormAt80x24InIndonesian() {
        SurveyExportFixture.expectFrame(SurveyExportFixture.small(.id, screen: .export), """
        smedash  1  │  2  │  3  │  4  │ [5 Ekspor] │  6                               ID
        ┌ Ekspor laporan ──────────────────────────────────────────────────────────────┐
        │> Laporan       Templat SOP sektor                                            │
        │  Sektor        Kuliner                                                       │
        │  Format        PDF (untuk dicetak dan dibagikan)                             │
        │  Kertas        A4 (210 × 297 mm)                                             │
        │  Berkas        fixture/exports/sop-food-2021-11-01.pdf  (otomatis)           │
        │                                                                              │
        │  [ Ekspor sekarang ]  Enter, x atau F5                                       │
        │                                                                              │
        │  Apa yang diekspor: templat SOP, satu penilaian, kepatuhan sektor, atau      │
        │  ringkasan survei. Enter: pilih · ←/→: ganti.                                │
        └──────────────────────────────────────────────────────────────────────────────┘









        Tekan ? untuk bantuan, : untuk menu perintah.
        Enter pilih  → ganti  x ekspor  ? bantuan  : menu  q keluar
        """)
    }

    @Test func defaultFormAt80x24InEnglish() {
        SurveyExportFixture.expectFrame(SurveyExportFixture.small(.en, screen: .export), """
        smedash  1  │  2  │  3  │  4  │ [5 Export] │  6                               EN
        ┌ Export a report ─────────────────────────────────────────────────────────────┐
        │> Report         A sector's SOP template                                      │
        │  Sector         Food                                                         │
        │  Format         PDF (to print and share)                                     │
        │  Paper          A4 (210 × 297 mm)                                            │
        │  File           fixture/exports/sop-food-2021-11-01.pdf  (automatic)         │
        │                                                                              │
        │  [ Export now ]  Enter, x or F5                                              │
        │                                                                              │
        │  What to export: an SOP template, one assessment, a sector's compliance, or a│
        │  survey summary. Enter: choose · ←/→: change.                                │
        └──────────────────────────────────────────────────────────────────────────────┘









        Press ? for help, : for the command menu.
        Enter choose  → change  x export  ? help  : menu  q quit
        """)
    }

    /// A survey summary compared with July 2020, after it was saved.
    private func savedSurvey(_ language: Language) -> AppState {
        var state = SurveyExportFixture.small(language, size: Size(width: 100, height: 30), screen: .export)
        state.press(.enter, .end, .enter, .down, .down, .enter, .down, .enter, .down)
        _ = state.update(.export(.exported(path: "fixture/exports/survey-2021-10-vs-2020-07-2021-11-01.pdf", bytes: 27_648)))
        return state
    }

    @Test func savedSurveySummaryAt100x30InIndonesian() {
        SurveyExportFixture.expectFrame(savedSurvey(.id), """
        smedash  1 Usaha  │  2 Survei  │  3 SOP  │  4 Penilaian  │ [5 Ekspor] │  6 Impor                  ID
        ┌ Ekspor laporan ──────────────────────────────────────────────────────────────────────────────────┐
        │  Laporan       Ringkasan survei                                                                  │
        │  Gelombang     Oktober 2021  INDIKATIF                                                           │
        │  Pembanding    Juli 2020                                                                         │
        │> Format        PDF (untuk dicetak dan dibagikan)                                                 │
        │  Kertas        A4 (210 × 297 mm)                                                                 │
        │  Berkas        fixture/exports/survey-2021-10-vs-2020-07-2021-11-01.pdf  (otomatis)              │
        │                                                                                                  │
        │  [ Ekspor sekarang ]  Enter, x atau F5                                                           │
        │                                                                                                  │
        │  PDF dan HTML untuk dibaca, XLSX dan CSV untuk diolah, JSON untuk program lain. Enter: pilih ·   │
        │  ←/→: ganti.                                                                                     │
        └──────────────────────────────────────────────────────────────────────────────────────────────────┘

        Tersimpan di fixture/exports/survey-2021-10-vs-2020-07-2021-11-01.pdf, 27 KB












        Tersimpan di fixture/exports/survey-2021-10-vs-2020-07-2021-11-01.pdf, 27 KB
        Enter pilih  → ganti  x ekspor  ? bantuan  : menu  q keluar
        """)
    }

    @Test func savedSurveySummaryAt100x30InEnglish() {
        SurveyExportFixture.expectFrame(savedSurvey(.en), """
        smedash  1 Businesses  │  2 Survey  │  3 SOP  │  4 Assess  │ [5 Export] │  6 Import               EN
        ┌ Export a report ─────────────────────────────────────────────────────────────────────────────────┐
        │  Report         A survey summary                                                                 │
        │  Wave           October 2021  INDICATIVE                                                         │
        │  Compare with   July 2020                                                                        │
        │> Format         PDF (to print and share)                                                         │
        │  Paper          A4 (210 × 297 mm)                                                                │
        │  File           fixture/exports/survey-2021-10-vs-2020-07-2021-11-01.pdf  (automatic)            │
        │                                                                                                  │
        │  [ Export now ]  Enter, x or F5                                                                  │
        │                                                                                                  │
        │  PDF and HTML to read, XLSX and CSV to work with, JSON for other programs. Enter: choose · ←/→:  │
        │  change.                                                                                         │
        └──────────────────────────────────────────────────────────────────────────────────────────────────┘

        Saved to fixture/exports/survey-2021-10-vs-2020-07-2021-11-01.pdf, 27 KB












        Saved to fixture/exports/survey-2021-10-vs-2020-07-2021-11-01.pdf, 27 KB
        Enter choose  → change  x export  ? help  : menu  q quit
        """)
    }

    @Test func aFailureStaysOnScreenAndInTheStatusLine() {
        var state = SurveyExportFixture.small(.en, screen: .export)
        _ = state.update(.export(.failed(Localized(id: "izin ditolak", en: "permission denied"))))
        state.press(.down)
        let lines = state.screenLines
        #expect(lines[14] == "Export failed: permission denied")
        #expect(lines[22] == "Error: Export failed: permission denied")
        #expect(lines[3] == "│> Sector         Food                                                         │")
    }

    @Test func assessmentAndCSVFieldsShowTheirValues() {
        var state = SurveyExportFixture.small(.id, screen: .export)
        state.press(.right, .down, .down, .right, .down, .right, .right)
        let lines = state.screenLines
        #expect(lines[2] == "│  Laporan       Hasil penilaian usaha                                         │")
        #expect(lines[3] == "│  Penilaian     2021-10-27 · UMK-3273-00001 · Warung Bu Siti · Kuliner · Rina │")
        #expect(lines[4] == "│  Data pribadi  Ditampilkan lengkap                                           │")
        #expect(lines[5] == "│> Format        CSV (tabel teks)                                              │")
        #expect(lines[6] == "│  Profil CSV    Excel Indonesia (titik koma, koma desimal)                    │")
        #expect(lines[7] == "│  Berkas        fixture/exports/assessment-2021-10-27-umk-3273-00001.csv  (ot…│")
    }
}
