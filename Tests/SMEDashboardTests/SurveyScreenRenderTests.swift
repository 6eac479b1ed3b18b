import SMEModel
import Testing
import TerminalUI
@testable import SMEDashboard

/// The Survey screen drawn from the small fixture, whose figures are worked out by hand:
/// 2021-10 (opt-in) food 3 of 4 online (75,0%, Wilson [30,1 – 95,4]), salon 2 of 2 (100%,
/// [34,2 – 100]), all 5 of 6 (83,3%, [43,6 – 97,0]) with one business not answering; 2020-07
/// food 1 of 4 (25%), salon 1 of 2 (50%), all 2 of 6 (33,3%), so every change is +50 points.
@Suite struct SurveyScreenRenderTests {
    @Test func sectorsAt80x24InIndonesian() {
        SurveyExportFixture.expectFrame(SurveyExportFixture.small(.id), """
        smedash  1  │ [2 Survei] │  3  │  4  │  5  │  6                               ID
        Gelombang Oktober 2021 · 7 responden · tautan terbuka (opt-in) · 20…  INDIKATIF
        Daring menurut sektor (1/7)                               n 6 · tidak menjawab 1
          Sektor  n Jumlah      % ! 0%                                              100%
        > Kuliner 4      3  75,0% ! ███████████████████████████████████████
          Salon   2      2 100,0% ! ████████████████████████████████████████████████████
          Semua   6      5  83,3% ! ███████████████████████████████████████████▍
          Kuliner: 3 dari 4 · tidak menjawab 0 · tanda: n di bawah 30, indikatif (opt-i…
        · n = responden yang menjawab pertanyaan daring; yang tidak menjawab dihitung
          terpisah.
        · ! = tidak andal (n < 30 atau selang terlalu lebar); jangan dikutip tanpa
          catatan.
        · INDIKATIF: gelombang ini memakai tautan terbuka (opt-in); responden memilih
          sendiri, jadi angkanya hanya indikatif dan ditampilkan tanpa selang.
        · Metode sampel: tautan terbuka (opt-in)







        Tekan ? untuk bantuan, : untuk menu perintah.
        w gelombang  b rincian  n berikut  c banding  …  ? bantuan  : menu  q keluar
        """)
    }

    @Test func sectorsAt80x24InEnglish() {
        SurveyExportFixture.expectFrame(SurveyExportFixture.small(.en), """
        smedash  1  │ [2 Survey] │  3  │  4  │  5  │  6                               EN
        Wave October 2021 · 7 responses · open link (opt-in) · 2021-10-08 …  INDICATIVE
        Online by sector (1/7)                                         n 6 · no answer 1
          Sector n Count      % ! 0%                                                100%
        > Food   4     3  75.0% ! ████████████████████████████████████████▌
          Salon  2     2 100.0% ! ██████████████████████████████████████████████████████
          All    6     5  83.3% ! █████████████████████████████████████████████
          Food: 3 of 4 · no answer 0 · flags: n < 30, indicative (opt-in)
        · n = respondents who answered the online question; those who did not are
          counted apart.
        · ! = unreliable (n < 30 or interval too wide); do not quote without a caveat.
        · INDICATIVE: this wave used an open (opt-in) link; respondents chose
          themselves, so its figures are indicative only and shown without intervals.
        · Sampling: open link (opt-in)








        Press ? for help, : for the command menu.
        w wave  b breakdown  n next  c compare  t weight  …  ? help  : menu  q quit
        """)
    }

    @Test func changeAgainstJuly2020At100x30InIndonesian() {
        var state = SurveyExportFixture.small(.id, size: Size(width: 100, height: 30))
        state.press(.char("c"), .down, .enter, .down)
        SurveyExportFixture.expectFrame(state, """
        smedash  1 Usaha  │ [2 Survei] │  3 SOP  │  4 Penilaian  │  5 Ekspor  │  6 Impor                  ID
        Gelombang Oktober 2021 · 7 responden · tautan terbuka (opt-in) · 2021-10-08 – 2021-10-24  INDIKATIF
        Daring menurut sektor (1/7) · dibanding Juli 2020                             n 6 · tidak menjawab 1
          Sektor  n Jumlah      % ! 2020-07 2020-07→2021-10 0%                                          100%
          Kuliner 4      3  75,0% !   25,0%        +50,0 pp ████████████████████████████████████
        > Salon   2      2 100,0% !   50,0%        +50,0 pp ████████████████████████████████████████████████
          Semua   6      5  83,3% !   33,3%        +50,0 pp ████████████████████████████████████████
          Salon: 2 dari 2 · tidak menjawab 1 · tanda: n di bawah 30, indikatif (opt-in) · 2020-07: n 2 · pe…
        · Perubahan Juli 2020 → Oktober 2021 dalam poin persentase, tanpa selang dan tanpa tanda bermakna:
          gelombang opt-in tidak memiliki galat sampel yang dapat dihitung (BPS tidak menerbitkan selang
          untuk sampel seperti ini). Bandingkan kedua angka berdampingan saja.
        · n = responden yang menjawab pertanyaan daring; yang tidak menjawab dihitung terpisah.
        · ! = tidak andal (n < 30 atau selang terlalu lebar); jangan dikutip tanpa catatan.
        · INDIKATIF: gelombang ini memakai tautan terbuka (opt-in); responden memilih sendiri, jadi angkanya
          hanya indikatif dan ditampilkan tanpa selang.
        · Metode sampel: tautan terbuka (opt-in)












        Tekan ? untuk bantuan, : untuk menu perintah.
        w gelombang  b rincian  n berikut  c banding  t timbang  F frekuensi  ? bantuan  : menu  q keluar
        """)
    }

    @Test func changeAgainstJuly2020At100x30InEnglish() {
        var state = SurveyExportFixture.small(.en, size: Size(width: 100, height: 30))
        state.press(.char("c"), .down, .enter, .down)
        SurveyExportFixture.expectFrame(state, """
        smedash  1 Businesses  │ [2 Survey] │  3 SOP  │  4 Assess  │  5 Export  │  6 Import               EN
        Wave October 2021 · 7 responses · open link (opt-in) · 2021-10-08 – 2021-10-24           INDICATIVE
        Online by sector (1/7) · compared with July 2020                                   n 6 · no answer 1
          Sector n Count      % ! 2020-07 2020-07→2021-10 0%                                            100%
          Food   4     3  75.0% !   25.0%        +50.0 pp █████████████████████████████████████▌
        > Salon  2     2 100.0% !   50.0%        +50.0 pp ██████████████████████████████████████████████████
          All    6     5  83.3% !   33.3%        +50.0 pp █████████████████████████████████████████▋
          Salon: 2 of 2 · no answer 1 · flags: n < 30, indicative (opt-in) · 2020-07: n 2 · change July 202…
        · Change July 2020 → October 2021 in percentage points, with no interval and no significance mark:
          an opt-in wave has no sampling error to estimate (BPS publishes no intervals for such samples).
          Read the two shares side by side only.
        · n = respondents who answered the online question; those who did not are counted apart.
        · ! = unreliable (n < 30 or interval too wide); do not quote without a caveat.
        · INDICATIVE: this wave used an open (opt-in) link; respondents chose themselves, so its figures are
          indicative only and shown without intervals.
        · Sampling: open link (opt-in)












        Press ? for help, : for the command menu.
        w wave  b breakdown  n next  c compare  t weight  F frequency  ? help  : menu  q quit
        """)
    }

    /// Without colour the bars still read: `#` for the share, `-` to the interval's end, `|` at it
    /// (on the probability wave: an opt-in wave has no interval).
    @Test func asciiBarsKeepTheIntervalMark() {
        var state = SurveyExportFixture.small(.en)
        state.options.glyphs = .ascii
        state.press(.char("w"), .home, .enter)
        let lines = state.screenLines
        #expect(lines[4] == "> Food   4     1 25.0% [4.6 – 69.9] ! ###########------------------|")
        #expect(lines[5] == "  Salon  2     1 50.0% [9.5 – 90.5] ! #####################-----------------|")
    }

    @Test func aProbabilityWaveHasNoIndicativeLabel() {
        var state = SurveyExportFixture.small(.id)
        state.press(.char("w"), .home, .enter)
        let lines = state.screenLines
        #expect(lines[1] == "Gelombang Juli 2020 · 6 responden · sampel acak · 2020-07-10 – 2020-07-26")
        #expect(lines[4] == "> Kuliner 4      1 25,0% [4,6 – 69,9] ! ██████████─────────────────┤")
        #expect(!lines.contains { $0.contains("INDIKATIF") })
    }

    @Test func channelSharesShowWithTheirOwnFootnote() {
        var state = SurveyExportFixture.small(.en)
        state.press(.char("b"), .down, .down, .down, .enter)
        let lines = state.screenLines
        #expect(lines[2].hasPrefix("Online sales channels (4/7)"))
        // The opt-in wave: shares without intervals, so no interval column and no interval marks.
        #expect(lines[3] == "  Channel     n Count     % ! 0%                                            100%")
        #expect(lines[4] == "> WhatsApp    5     4 80.0% ! ████████████████████████████████████████")
        #expect(lines[5] == "  Instagram   5     2 40.0% ! ████████████████████")
        #expect(lines[6] == "  Facebook    5     0  0.0% !")
        #expect(lines[15] == "· A business can use several channels, so the percentages can add up to more")
        #expect(lines[17] == "· n = respondents online who named their channels.")
    }

    @Test func aComparisonOnAChannelBreakdownSaysWhereItShows() {
        var state = SurveyExportFixture.small(.en)
        state.press(.char("c"), .down, .enter, .char("n"), .char("n"), .char("n"))
        #expect(state.screenLines[2].hasPrefix("Online sales channels (4/7) · comparisons only by sector, region, scale"))
    }

    @Test func theBundledRegionsAt100x30ScrollUnderTheHeader() throws {
        var state = try SurveyExportFixture.bundled(.en, size: Size(width: 100, height: 30))
        state.press(.char("n"))
        let lines = state.screenLines
        #expect(lines[1].hasSuffix("INDICATIVE"))
        #expect(lines[2] == "Online by region (2/7)                                                           n 401 · no answer 9")
        #expect(lines[4].hasPrefix("> Bogor Regency          41    11 26.8%   ███████████████▌"))
        #expect(lines[21] == "  Pangandaran Regency     4     1 25.0% ! ██████████████▌")
        #expect(lines[22] == "  Bogor Regency: 11 of 41 · no answer 1 · flags: indicative (opt-in)")
    }

    @Test func tooSmallATerminalSaysSo() {
        let state = SurveyExportFixture.small(.id, size: Size(width: 59, height: 17))
        #expect(state.screenLines[7] == "      Terminal terlalu kecil: perlu 60×18, ada 59×17")
    }
}
