// The built-in ontology resolves the names news uses: countries in many
// spellings and adjectives, seats of power, organisations, armed groups,
// agents, and people by the date of the article.
#include <catch2/catch.hpp>
#include <filesystem>

#include "extract/extract.h"

namespace fs = std::filesystem;
using namespace geokg;

namespace {

// The coder of the built-in ontology, loaded once.
const extract::Coder& BuiltinCoder() {
  static auto onto = ontology::Ontology::Load(fs::path(GEOKG_SOURCE_DIR) / "ontology" / "data");
  REQUIRE(onto.ok());
  static auto coder = extract::Coder::Create(onto.value());
  REQUIRE(coder.ok());
  return *coder.value();
}

}  // namespace

TEST_CASE("Built-in lookups of real names, with dates", "[extract][ontology]") {
  const extract::Coder& coder = BuiltinCoder();
  struct Case {
    const char* phrase;
    const char* date;
    const char* code;
  };
  const Case cases[] = {
      {"Kerry", "2015-12-02", "USAGOV"},
      {"Kerry", "2010-06-01", "USALEG"},
      {"US Secretary of State John Kerry", "2015-12-02", "USAGOV"},
      {"Putin", "2015-12-02", "RUSGOV"},
      {"Erdogan", "2015-11-24", "TURGOV"},
      {"Erdoğan", "2020-01-01", "TURGOV"},
      {"Lavrov", "2015-11-24", "RUSGOV"},
      {"Obama", "2016-03-21", "USAGOV"},
      {"Obama", "2008-06-01", "USALEG"},
      {"Obama", "2008-11-07", "USAGOV"},  // president-elect
      {"Wong Kan Seng", "2008-03-01", "SGPGOV"},
      {"Hill", "2006-01-01", ""},  // a common word: the envoy only by his full name
      {"Christopher Hill", "2006-01-01", "USAGOV"},
      {"Merkel", "2015-01-01", "DEUGOV"},
      {"Petro", "2024-05-01", "COLGOV"},
      {"Petro", "2026-12-01", "COLELI"},
      {"Tshisekedi", "2024-05-01", "CODGOV"},
      {"Lai Ching-te", "2024-06-01", "TWNGOV"},
      {"Joseph Aoun", "2020-01-01", "LBNMIL"},
      {"Joseph Aoun", "2025-06-01", "LBNGOV"},
      {"Cameron", "2015-12-02", "GBRGOV"},
      {"Xi Jinping", "2015-10-21", "CHNGOV"},
      {"Zelenskyy", "2022-02-24", "UKRGOV"},
      {"Kim Jong-un", "2018-06-12", "PRKGOV"},
      {"Netanyahu", "2023-10-09", "ISRGOV"},
      {"Stoltenberg", "2019-01-01", "NATO"},
      {"Iranian President Hassan Rouhani", "2015-07-14", "IRNGOV"},
      {"the Kremlin", "", "RUSGOV"},
      {"Downing Street", "", "GBRGOV"},
      {"the White House", "", "USAGOV"},
      {"Kyiv", "", "UKRGOV"},
      // "Congolese" and "eastern Congo" are of the DR Congo in the news; "Congo" alone stays ambiguous.
      {"eastern Congo", "", "COD"},
      {"the Congolese army", "", "CODMIL"},
      {"Kiev", "", "UKRGOV"},
      {"Russian warplane", "", "RUSMIL"},
      {"Turkish police", "", "TURCOP"},
      {"Israeli troops", "", "ISRMIL"},
      {"Ukrainian soldiers", "", "UKRMIL"},
      {"Syrian rebels", "", "SYRREB"},
      {"Islamic State", "", "ISIS"},
      {"ISIL", "", "ISIS"},
      {"Daesh", "", "ISIS"},
      {"al-Qaeda", "", "AQ"},
      {"Hezbollah", "", "HEZ"},
      {"the Taliban", "", "TLB"},
      {"UN Security Council", "", "UNSC"},
      {"NATO", "", "NATO"},
      {"European Union", "", "EU"},
      {"the US", "", "USA"},
      {"U.S.", "", "USA"},
      {"America", "", "USA"},
      {"Britain", "", "GBR"},
      {"UK", "", "GBR"},
      {"Britons", "", "GBR"},
      {"Montenegrin", "", "MNE"},
      {"Ivory Coast", "", "CIV"},
      {"Côte d'Ivoire", "", "CIV"},
      {"DPRK", "", "PRK"},
      {"North Korean", "", "PRK"},
      // A surname several people share goes to the one in office on the day.
      {"Castro", "1995-06-01", "CUBGOV"},
      {"Raul Castro", "2015-06-01", "CUBGOV"},
      {"Koizumi", "2005-01-01", "JPNGOV"},
      {"Koizumi", "2020-01-01", "JPNGOV"},
      {"Blair", "2006-06-01", "GBRGOV"},
      {"Assad", "1995-06-01", "SYRGOV"},
      // Cities and regions are their country.
      {"Karachi", "", "PAK"},
      {"Afrin", "", "SYR"},
      {"Masisi", "2020-01-01", "COD"},  // a town in Congo, though Botswana had a president Masisi then
      {"Srinagar", "", "IND"},
      {"Muzaffarabad", "", "PAK"},
      {"South Ossetia", "", "GEO"},
      {"al-Hawl", "", "SYR"},
      // Armed groups of the 2000s.
      {"Mahdi Army", "", "MAHDI"},
      {"Union of Islamic Courts", "", "ICU"},
      {"Free Aceh Movement", "", "GAM"},
      {"Fatah al-Islam", "", "FATISL"},
      // Leaders of the 2000s, in office and out of it.
      {"Amadou Toumani Touré", "2008-03-01", "MLIGOV"},
      {"René Préval", "2003-01-01", "HTIELI"},
      {"Préval", "2007-01-01", "HTIGOV"},
      {"Maskhadov", "2004-06-01", "RUSREB"},
      // Cold War officials, in office and out of it.
      {"Cristiani", "1990-01-10", "SLVGOV"},
      {"Cristiani", "1995-01-10", "SLVELI"},
      {"Shultz", "1987-04-05", "USAGOV"},
      {"Weinberger", "1987-10-19", "USAGOV"},
      {"Noriega", "1989-06-01", "PANGOV"},
      {"Noriega", "1990-06-01", "PANELI"},
      {"Khamenei", "1987-03-15", "IRNGOV"},
      {"Violeta Chamorro", "1991-01-01", "NICGOV"},
      {"Orbán", "2020-01-01", "HUNGOV"},
      {"Duterte", "2018-01-01", "PHLGOV"},
      {"Aliyev", "2000-01-01", "AZEGOV"},
      {"Tsai Ing-wen", "2020-01-01", "TWNGOV"},
      // A country's own institution after its name is the institution.
      {"the Knesset", "", "ISRLEG"},
      {"the Israeli Knesset", "", "ISRLEG"},
      {"the U.S. State Department", "", "USAGOV"},
      {"the US Justice Department", "", "USAGOV"},
      {"the Joint Chiefs of Staff", "", "USAMIL"},
      {"the Taoiseach", "", "IRLGOV"},
      {"Japanese Chief Cabinet Secretary", "", "JPNGOV"},
      {"USAID", "", "USAGOV"},
      // Heads of state and government and ministers of the smaller states.
      {"Reinfeldt", "2008-01-01", "SWEGOV"},
      {"Fredrik Reinfeldt", "2016-01-01", "SWEELI"},
      {"Pope Benedict XVI", "2008-01-01", "VATGOV"},
      {"Baitullah Mehsud", "2008-01-01", "TTP"},
      {"Salam Fayyad", "2008-01-01", "PSEGOV"},
      {"Jan Kubis", "2004-01-01", "OSCE"},
      {"Jan Kubis", "2007-01-01", "SVKGOV"},
      {"Mwanawasa", "2008-07-01", "ZMBGOV"},
      {"Geir Haarde", "2008-10-06", "ISLGOV"},
      {"Moussa Koussa", "2011-03-01", "LBYGOV"},
      // A surname going on with a name the dictionaries do not know is
      // someone else's: "Singh" of Manmohan Singh, prime minister of India.
      {"Minister Singh", "2006-01-01", "INDGOV"},
      {"Minister Singh Dhillon", "2006-01-01", ""},
      // One of a common surname, given no dated roles, is known by one code.
      {"Fakhruddin Ahmed", "2008-01-01", "BGDGOV"},
      // The surname of "Ferdinand Marcos Jr." is Marcos, after a title too.
      {"President Marcos", "2023-01-01", "PHLGOV"},
      // A group whose nature changed: the FMLN fought until the 1992 accords, then ran as a party.
      {"FMLN", "1990-01-01", "SLVREB"},
      {"FMLN", "1995-01-01", "SLVPTY"},
  };
  for (const Case& c : cases) {
    Day day = *c.date ? ParseDay(c.date).value() : kNoDay;
    INFO(c.phrase << " on " << c.date);
    CHECK(coder.LookupActor(c.phrase, day) == c.code);
  }
  // Lower-case words that are also abbreviations do not match.
  CHECK(coder.LookupActor("us", kNoDay).empty());
  CHECK(coder.LookupActor("is", kNoDay).empty());
  // Generations and regnal numbers are no surnames: "Jr." is nobody after a title.
  CHECK(coder.LookupActor("Senator Jr.", ParseDay("2023-01-01").value()).empty());
  CHECK(coder.LookupActor("King II", ParseDay("2010-01-01").value()).empty());
  // A surname is capitalized: "police in" holds no "In" (of Moon Jae In, in office in 2019).
  CHECK(coder.LookupActor("Police in", ParseDay("2019-06-01").value()).empty());
}

// Sentences written for this test in the style of wire news, each with the
// events an analyst would code (CAMEO, source -> target).
TEST_CASE("Built-in ontology codes news sentences as an analyst would", "[extract][ontology]") {
  const extract::Coder& coder = BuiltinCoder();
  struct Case {
    const char* sentence;
    std::vector<std::string> events;  // "SRC TGT CODE"
  };
  const Case cases[] = {
      {"Turkey shot down a Russian warplane near the Syrian border.", {"TUR RUSMIL 190"}},
      {"Kuwait has come under repeated attack by Iran.", {"IRN KWT 190"}},
      {"Iran could attack Israel.", {}},
      {"Iran did not attack or threaten Israel.", {}},
      {"If Russia attacks Ukraine, NATO will respond.", {}},
      {"Merkel met Hollande in Brussels.", {"DEUGOV FRAGOV 040"}},
      {"Palestinians detained by Israel were released on Monday.", {"ISR PSE 173"}},
      {"UN Secretary-General Ban Ki-moon condemned North Korea.", {"UNGOV PRK 111"}},
      {"Pakistani police arrested militants in Karachi.", {"PAKCOP PAKREB 173"}},
      {"The EU recommended suspending sanctions against Cuba.", {"EU CUB 020"}},
      {"Israeli aircraft struck Hamas targets in Gaza.", {"ISRMIL HMS 195"}},
      {"Ukraine accused Russia of shelling its positions.", {"UKR RUS 1123"}},
      {"The United States imposed sanctions on North Korea.", {"USA PRK 163"}},
      {"German Chancellor Angela Merkel praised Turkey.", {"DEUGOV TUR 051"}},
      // Institutions named without their country are its agencies.
      {"Mossad agents killed a Hamas commander in Dubai.", {"ISRSPY HMS 190"}},
      {"Scotland Yard arrested a Russian diplomat.", {"GBRCOP RUSGOV 173"}},
      {"The Christian democratic party criticized Turkey.", {}},
      // Saying that someone was behind a harm accuses them; other
      // responsibilities do not.
      {"Russia said Ukraine was behind the bombing in Moscow.", {"RUS UKR 112"}},
      // Police with no country of their own are the home-grown group's country's.
      {"Police said the Tamil Tigers were responsible for the attack.", {"LKACOP LTTE 112"}},
      {"Sri Lankan police said the Tamil Tigers were responsible for the attack.", {"LKACOP LTTE 112"}},
      {"Russia said Ukraine was responsible for security in the region.", {}},
      {"According to officials, Iraqi militants fired at an American helicopter.", {"IRQREB USAMIL 190"}},
      // A strike named by its actor's adjective says who struck.
      {"Three Palestinians were killed in an Israeli air strike.", {"ISRMIL PSE 195"}},
      {"Militants attacked police in Karachi.", {"PAKREB PAKCOP 190"}},
      {"Two Palestinians were killed in the Gaza strikes.", {}},
      // Cooperation two pledge together goes both ways.
      {"Britain and Argentina agreed to cooperate on fisheries.", {"GBR ARG 030", "ARG GBR 030"}},
      {"Syrian officials and rebels who agreed to interviews spoke on condition of anonymity.", {}},
      // Saying another is to blame accuses them; not to blame, no.
      {"Iran said Israel was to blame for the attack.", {"IRN ISR 112"}},
      {"Iran said Israel was not to blame for the attack.", {}},
      // Wanting a leader to resign demands it; promising sanctions threatens them.
      {"The ANC said it wanted Zuma to resign.", {"ZAFPTY ZAFGOV 1041"}},
      {"Obama and Cameron promised new sanctions on Iran.", {"USAGOV IRN 1312", "GBRGOV IRN 1312"}},
      // Police breaking up a protest act on its protesters.
      {"Georgian police broke up the protests in Tbilisi.", {"GEOCOP GEOPTR 175"}},
      {"Lebanese opposition leaders warned of street protests.", {"LBNOPP LBNGOV 133"}},
      // Vowing to lift sanctions eases them.
      {"Japan vowed to lift some of its sanctions on North Korea.", {"JPN PRK 0354"}},
      // "the North" and "the South" where a Korea is named; elsewhere no one.
      {"Japan criticized the North after North Korea tested a missile.", {"JPN PRK 111"}},
      {"The United States criticized the South.", {}},
      // "has backed X" endorses X; "backed down" yields; "came back" is no verb of support.
      {"Russia has backed Assad since 2015.", {"RUS SYRGOV 051"}},
      {"Turkey has backed down on Syria.", {"TUR SYR 080"}},
      {"Putin has come back to Syria.", {}},
      // What was said may open with "that"; a claim of rigging accuses.
      {"Israel said that Hamas was behind the attack.", {"ISR HMS 112"}},
      {"Raila Odinga claimed that Uhuru Kenyatta had rigged the vote.", {"KENOPP KENGOV 112"}},
      // Police clashing with protesters repress them; "fired upon" is "fired on".
      {"Iraqi police clashed with the rioters.", {"IRQCOP IRQPTR 175"}},
      {"Israeli soldiers fired upon Syrian troops.", {"ISRMIL SYRMIL 190"}},
      // Attacks perpetrated or stepped up against someone.
      {"The ELN has perpetrated over 30 attacks against Colombian oil installations.", {"ELN COL 190"}},
      {"The LTTE has stepped up attacks against Sri Lankan security forces.", {"LTTE LKACOP 190"}},
      // Arriving at a capital's institution visits its government; she is the woman named.
      {"David Cameron arrived at the White House.", {"GBRGOV USAGOV 042"}},
      {"Angela Merkel met Vladimir Putin in Moscow. She criticized Iran.", {"DEUGOV RUSGOV 040", "DEUGOV IRN 111"}},
      // People captured are abducted (181); ground captured is occupied (192).
      {"Hezbollah killed five Israeli soldiers and captured two.", {"HEZ ISRMIL 190", "HEZ ISRMIL 181"}},
      {"Hamas captured an Israeli soldier.", {"HMS ISRMIL 181"}},
      {"Syrian troops captured the rebel stronghold.", {"SYRMIL SYRREB 192"}},
      {"Syrian troops captured the rebels' stronghold.", {"SYRMIL SYRREB 192"}},
      {"Syrian troops captured the town from ISIS fighters.", {"SYRMIL ISIS 192"}},
      // ... and by a state's forces, arrested (173).
      {"Israeli troops captured two Hamas militants.", {"ISRMIL HMS 173"}},
      {"Iraqi troops retook Ramadi from Islamic State.", {"IRQMIL ISIS 192"}},
      // A verb after a pronoun is no participle: "he stood by" is active.
      {"Erdogan said he stood by Syrian rebel forces.", {"TURGOV SYRREB 051"}},
      // A leader's one-word name going on with an unknown capitalized word is someone else.
      {"Cameron Munter criticized Serbia.", {}},
      {"Cameron criticized Serbia.", {"GBRGOV SRB 111"}},
      // Review cases: a condition on one acted on threatens no one; a protest's place is before its target;
      // a year is no count; a rejected resolution condemns no one; a contact in an aside is its actor's;
      // future contacts and openings are not facts; what one has never failed to do is done.
      {"Iran warned it would retaliate if Syria were attacked.", {}},
      {"Protesters gathered outside the embassy to denounce Israel's raid in Lebanon.", {}},
      {"The United States in 2003 invaded Iraq.", {"USA IRQ 192"}},
      {"Britain rejected a resolution condemning Israel.", {"GBR ISR 120"}},
      {"Obama said Putin, in a phone call with Merkel, had criticized Ukraine.",
       {"RUSGOV UKR 111", "RUSGOV DEUGOV 041"}},
      {"Putin will raise the issue during talks with Obama next week.", {}},
      {"China has never failed to support Pakistan.", {"CHN PAK 051"}},
      // A rank may stand between a country and a title.
      {"US Assistant Secretary of State Christopher Hill met North Korean officials.", {"USAGOV PRKGOV 040"}},
      // A title of the person's own country holds in a year the dictionaries give no office ...
      {"Former Prime Minister Tony Blair criticized Iran.", {"GBRELI IRN 111"}},
      {"Israeli Foreign Minister Shimon Peres criticized Syria.", {"ISRGOV SYR 111"}},
      // ... unless the sentence says it is past.
      {"Iran criticized the deposed Iraqi President Saddam Hussein.", {"IRN IRQELI 111"}},
      // One named before a pattern's words ("* &PROPOSAL") is acted on, not one after them.
      {"Putin supports Syria's efforts to reach a deal with Turkey.", {"RUSGOV SYR 051"}},
      // What one wins or draws from another, the other gives.
      {"Abbas won praise from Ariel Sharon.", {"ISRELI PSEGOV 051"}},
      {"Serbia received diplomatic support from Russia.", {"RUS SRB 051"}},
      // What a message does, its author does.
      {"Merkel gave a speech praising the British nation.", {"DEUGOV GBR 051"}},
      // News media named alone are their country's; what one tells them is no event with them.
      {"Hamas kidnapped a BBC journalist.", {"HMS GBRMED 181"}},
      {"France banned Al-Manar.", {"FRA LBNMED 172"}},
      {"Lavrov told CNN that Russia respects Ukraine.", {}},
      // What one will do is an intent (03x), not yet the act.
      {"The United States will donate $8 million to Chile.", {"USA CHL 033"}},
      {"The United States donated $8 million to Chile.", {"USA CHL 070"}},
      {"India and Pakistan exchanged fire across the Line of Control.", {"IND PAK 193", "PAK IND 193"}},
      {"Hezbollah fighters ambushed an Israeli patrol near the border.", {"HEZ ISRMIL 190"}},
      {"China and Russia held joint naval exercises in the Sea of Japan.", {"CHN RUS 062", "RUS CHN 062"}},
      // "X-led" armed force is the leader's; "X-backed" rebels are not X.
      {"The Saudi-led coalition bombed Houthi positions in Yemen.", {"SAU HTH 195"}},
      {"US-led forces attacked Taliban positions.", {"USAMIL TLB 190"}},
      {"US-backed rebels attacked Syrian troops.", {}},
      // An armed group's fighters are the group; a people's soldiers are its military.
      {"Islamic State fighters attacked Kurdish soldiers.", {"ISIS KURMIL 190"}},
      {"Russian forces captured the Ukrainian city of Bakhmut.", {"RUSMIL UKR 192"}},
      // ... in the passive too, and by verbs that take goods (seize: 1711).
      {"Two Israeli soldiers were captured by Hezbollah.", {"HEZ ISRMIL 181"}},
      {"Iran seized two British sailors.", {"IRN GBRMIL 173"}},
      {"British sailors were seized by Iranian forces.", {"IRNMIL GBRMIL 173"}},
      // A place stays a place before the kind of place it names.
      {"John Kerry arrived at Melbourne Airport.", {"USAGOV AUS 042"}},
      // "X and his delegation": the delegation goes with X.
      {"John Kerry and his delegation arrived in Sydney.", {"USAGOV AUS 042"}},
      // Fighters named by their organised group are the group ...
      {"Turkish jets bombed the Kurdish rebel group PKK.", {"TURMIL PKK 195"}},
      {"Syria accused the Lebanese militant group Hezbollah.", {"SYR HEZ 112"}},
      // ... and civil organs acting on a home-grown group are of its country.
      {"The authorities blame the separatist group ETA for the attack.", {"ESPGOV ETA 112"}},
      // A contact in a phrase opening the sentence is the main clause's subject's.
      {"During talks with Putin, Erdogan said Turkey wants peace.", {"TURGOV RUSGOV 046"}},
      {"Speaking at a joint news conference with David Cameron, Obama praised Britain.",
       {"USAGOV GBR 051", "USAGOV GBRGOV 040"}},
      {"After a meeting with Putin, Erdogan will announce a decision.", {}},
      // So is an act after "after", "before", "while" closing a clause, by its subject.
      {"Erdogan praised Syria after meeting Putin.", {"TURGOV SYR 051", "TURGOV RUSGOV 040"}},
      // What one demands or urges, it asks of the that-clause's subject.
      {"Russia demanded that Turkey withdraw its troops.", {"RUS TUR 1056"}},
      {"Russia said that Turkey must withdraw its troops.", {"RUS TUR 100"}},
      // An open question is no fact; nor is an intent the reporter denies.
      {"The court will decide whether Israel committed war crimes in Lebanon.", {}},
      {"He did not think that Brazil would sign an agreement with Colombia.", {}},
      // Troops a country reports on are its own: named as its, or opening the report.
      {"Iraq said its warplanes hit two ships off the Iranian coast.", {"IRQMIL IRN 195"}},
      {"Turkey said in a statement that warplanes bombed thirteen PKK targets in Iraq.", {"TURMIL PKK 195"}},
      {"New Zealand said the coup by military leaders hurt Fiji.", {}},
      // A portfolio between the country and "minister".
      {"The Israeli housing minister criticized Iran.", {"ISRGOV IRN 111"}},
      {"Iran and the European Union executed four rounds of negotiations.", {"IRN EU 046", "EU IRN 046"}},
      // Where an envoy is sent is part of the title.
      {"The Syrian ambassador to the United Kingdom criticized the United States.", {"SYRGOV USA 111"}},
      {"Greece expelled the Libyan ambassador to Athens.", {"GRC LBYGOV 161"}},
      // What one talks about is a topic, not whom one consults.
      {"Obama talked about Afghanistan.", {}},
      {"Obama talked with Putin about Afghanistan.", {"USAGOV RUSGOV 040"}},
      // A gerund joined to one left uncoded after a preposition is left too.
      {"Trump tweeted about firing missiles into Syria and clashing with Russia.", {}},
      // A participle like its base form: "was set ablaze".
      {"A Cypriot tanker was set ablaze by Iran.", {"IRN CYP 1712"}},
      {"A Cypriot tanker was set ablaze in the Persian Gulf.", {}},
      // A goal is not yet done.
      {"Iraq knows that Iran's main goal is to occupy Basra.", {}},
      // A country after a title's "of" ends there, before the name.
      {"Prime Minister of Finland Juha Sipilä criticized Russia.", {"FINGOV RUS 111"}},
      // What one answered with is done, a short phrase after the answer.
      {"Abbas responded to the raid by accusing Israel of piracy.", {"PSEGOV ISR 1121"}},
      // Who reports after a comma is no target.
      {"Russia carried out a nuclear test today, the official Tass news agency reported.", {}},
      {"They would rather destroy Honduras than talk.", {}},
      // "the government" an opposition named before it faces is its own.
      {"The Syrian government attacked rebels in Idlib. Labour leader Jeremy Corbyn accused the government of lying.",
       {"SYRGOV SYRREB 190", "GBROPP GBRGOV 112"}},
      // A list of verbs after a condition stays in the condition.
      {"Hamas faces sanctions unless it renounces violence, recognises Israel and embraces peace plans.", {}},
      {"Sharon was admitted to hospital.", {}},
      // Talks, calls and meals one has with someone are contacts.
      {"Angela Merkel, who had lunch with Barack Obama, praised the talks.", {"DEUGOV USAGOV 040"}},
      {"Merkel had a phone call with Putin.", {"DEUGOV RUSGOV 041"}},
      {"Merkel will have talks with Putin.", {}},
      // What one says or decides is attacked in words.
      {"Putin attacked Ukraine's policy.", {"RUSGOV UKR 111"}},
      // Troops withdrawn "from" a country are not its.
      {"Syria withdrew its troops from Lebanon.", {"SYR LBN 0874"}},
      {"Troops from Russia attacked Georgia.", {"RUSMIL GEO 190"}},
      // A condition opened by "Were", and what one denies, are not done.
      {"Were Iran to reject the offer, the UN would impose sanctions.", {}},
      {"Iran denied that it supplies weapons to Iraqi insurgents.", {}},
      {"The U.S. states that capturing Bin Laden is still a top priority.", {}},
      // Unknown words of a venue's name may open it: where they met is no party.
      {"Obama and Putin met at Baylor University in Waco, Texas.", {"USAGOV RUSGOV 040", "RUSGOV USAGOV 040"}},
      // The compound object of a participle is not the next verb's subject.
      {"Troops guarding Iraq and Syria attacked Turkey.", {}},
      // A name the dictionaries do not know after a country's title is the titled one's.
      {"During the first meeting between Estonian Prime Minister Andrus Ansip and Finnish Prime Minister Matti "
       "Vanhanen, they praised the strong relations.",
       {"ESTGOV FINGOV 040", "FINGOV ESTGOV 040"}},
      // "during her visit to": hers is the person named last before it.
      {"John Kerry raised the matter during his visit to Japan.", {"USAGOV JPN 042"}},
      // A gerund that is the subject of a modal is no act; "demonstrates how" shows, not protests.
      {"Serbia warned Croatia that recognizing Kosovo would harm their relations.", {"SRB HRV 130"}},
      {"It demonstrates how reckless Russia is.", {}},
      // Protesters marching against a measure protest their own government.
      {"Thousands of protesters marched in Hong Kong against the extradition bill.", {"HKGPTR HKGGOV 141"}},
      // A relative clause set off by commas is passed over to the subject.
      {"Russian authorities, who often supported the monument, denounced Estonian police actions.",
       {"RUSGOV ESTCOP 111"}},
      {"Iran, which Israel attacked, condemned the UN.", {"ISR IRN 190", "IRN UN 111"}},
      // "each other": the act goes both ways between the members.
      {"Armenia and Azerbaijan accused each other of violating the ceasefire.", {"ARM AZE 112", "AZE ARM 112"}},
      {"Armenia and Azerbaijan were not able to recognize each other.", {}},
      // Where they agree on a ceasefire or sign a deal is no party to it.
      {"Putin and Erdogan agreed on a ceasefire in Idlib.", {"RUSGOV TURGOV 0871", "TURGOV RUSGOV 0871"}},
      // A suicide bomber is no warplane.
      {"A suicide bomber killed 20 people at a mosque in Quetta, Pakistani officials said.", {"PAKREB PAKCVL 1831"}},
      {"Obama talked about the importance of trade with Canada.", {}},
      // A bracketed aside with no actor of its own is passed over.
      {"The UK has suspended £30m ($54m) of aid payments to Ethiopia.", {"GBR ETH 162"}},
      // A one-word name after a first name not the known bearer's is someone else's ...
      {"Brigadier Andrew Mackay, commander of British forces in Helmand, criticized the Taliban.", {"GBRMIL TLB 111"}},
      // ... and stays so in the article; a known first name spelt otherwise is theirs.
      {"Michael Ray Aquino was arrested in New Jersey. The FBI charged Aquino with espionage.", {}},
      // The long form of a known short first name is that person's: "Anthony Abbott" for Tony Abbott.
      {"On Monday, Anthony Abbott criticized Indonesia.", {"AUSELI IDN 111"}},
      // A title and the name of its holder are one actor, not two who meet.
      {"The Australian Prime Minister, Malcolm Turnbull has arrived in New Zealand.", {"AUSGOV NZL 042"}},
      // A state's agent goes on to the states joined to it, not to a rebel front.
      {"The Government of the Philippines and Moro Islamic Liberation Front signed an agreement.",
       {"PHLGOV MILF 057", "MILF PHLGOV 057"}},
      // The speaker: after an honorific, or before a comma; someone unknown who speaks ends the last one.
      {"\"We will support the democrats in Lebanon,\" said Mr. Obama.", {"USAGOV LBN 032"}},
      {"Secretary-General, Ban Ki-moon, said \"I condemn the Israeli Defense Forces.\"", {"UNGOV ISRMIL 111"}},
      {"Kerry met Lavrov. \"Something I like here is freedom,\" said Daroo Karajoul. I met Karajoul in Edmonton.",
       {"USAGOV RUSGOV 040"}},
      // The actor opening a sentence whose verb the dictionaries do not know goes on after "and".
      {"Egypt, however, views the open border as a serious security risk and has pressed Fatah to accept a deal.",
       {"EGY PSEPTY 020"}},
      // Believers named by their faith are their country's people.
      {"Serbian forces massacred 7,500 Bosnian Muslims.", {"SRBMIL BIHCVL 202"}},
      {"Egypt has closed its border with the Gaza Strip.", {"EGY PSE 191"}},
      {"The South Korean government has sent the North 50,000 tons of fuel oil.", {"KORGOV PRK 071"}},
      {"CNN expressed its regrets to the Iranian Government.", {"USAMED IRNGOV 055"}},
      // An unknown person's name after "and" is the subject, not the actor before it.
      {"Sandra Bullock donated money to the American Red Cross and actor Leonardo DiCaprio pledged aid to Unicef.", {}},
      // Armed men with no country attacking a foreign target are of the one country named where they strike.
      {"Yesterday a car bomber attacked a U.S. military outpost in the Province of Diyala, Iraq.",
       {"IRQREB USAMIL 183"}},
      {"On Sunday, armed men kidnapped eighteen African Union personnel in the Darfur region of Sudan.",
       {"SDNREB AU 181"}},
      // "no clash between" is none; "told X it must" demands.
      {"He said there had been no clash between Turkish and Russian forces.", {}},
      {"Obama has told the EU it must take back its fighters.", {"USAGOV EU 100"}},
      // A rebel group's forces are the group; asking a government to close
      // something appeals for a policy change.
      {"Forces from the Sudanese rebel group attacked the African Union.", {"SDNREB AU 190"}},
      {"Amnesty International called on the Bush administration to close down the Guantanamo facility.",
       {"AMNSTY USAGOV 0242"}},
      // Acting on a decision, statement or proposal acts on whoever made it.
      {"Iran dismissed a resolution passed by the United Nations Security Council.", {"IRN UNSC 120"}},
      {"Iraq's president has hit back at comments made by Barack Obama.", {"IRQGOV USAGOV 111"}},
      // State organs acting on protesters at home are of the article's country.
      {"Uzbekistan is in turmoil. Uzbekistan's leader spoke. Troops opened fire on protesters in the town.",
       {"UZBMIL UZBPTR 175"}},
      // What one says another should or must do is an appeal or a demand to it.
      {"Philip Hammond said that Ethiopia should allow the Red Cross access to detainees.", {"GBRGOV ETH 020"}},
      {"Obama says Iran must stop enriching uranium.", {"USAGOV IRN 100"}},
      // A first name spelt otherwise is the known bearer's; another's first name is not a person.
      {"Phillip Hammond criticized Ethiopia.", {"GBRGOV ETH 111"}},
      {"The minister, Hillary Benn, criticized Ethiopia.", {"GBRELI ETH 111"}},
      // "X and his counterpart Y" is one subject; where they meet or sign is no party.
      {"Sergey Lavrov and his Turkish counterpart Mevlut Cavusoglu signed the deal after a meeting at Defence "
       "Ministry.",
       {"RUSGOV TURGOV 057", "TURGOV RUSGOV 057"}},
      // A misspelt first name goes with the surname: "Vincente Fox", "Prnab Mukherjee".
      {"American President Barrack Obama and Mexican President Enrique Pena Nieto met in Washington.",
       {"USAGOV MEXGOV 040", "MEXGOV USAGOV 040"}},
      // A short quoted phrase stays in the pattern: lodged a "strong protest".
      {"Japan lodged a \"strong protest\" against China.", {"JPN CHN 114"}},
      // "the two countries" act on each other.
      {"India and Germany signed a deal. The two countries agreed to training and exchanging personnel.",
       {"IND DEU 057", "DEU IND 057", "DEU IND 030", "IND DEU 030"}},
      // A name the dictionaries do not know, given after a country's title,
      // is that title's holder when the article uses it again; not with
      // another first name.
      {"Swedish Foreign Minister Carin Jamtin arrived in Sudan. Jamtin met Sudanese President Omar al-Bashir. "
       "Peter Jamtin criticized Sudan.",
       {"SWEGOV SDN 042", "SWEGOV SDNGOV 040"}},
      {"Carin Jamtin, Sweden's foreign minister, arrived in Sudan. Jamtin met Sudanese President Omar al-Bashir.",
       {"SWEGOV SDN 042", "SWEGOV SDNGOV 040"}},
      // A clause opening the sentence ends at its comma: no list "Israel, Olmert and Abbas".
      {"Just hours before Obama is due to touch down in Israel, Mr. Netanyahu and Mr. Abbas met in Jerusalem.",
       {"ISRGOV PSEGOV 040", "PSEGOV ISRGOV 040"}},
      // Nor does an intent or possibility in it reach the main clause.
      {"Hours before Obama is due to arrive in Israel, Netanyahu met Abbas.", {"ISRGOV PSEGOV 040"}},
      // "The foreign minister" soon after one is named is that one.
      {"Estonian Foreign Minister Urmas Paet visited Sudan. The foreign minister met the Sudanese president.",
       {"ESTGOV SDN 042", "ESTGOV SDNGOV 040"}},
      // A phrase opening the sentence ends where a determiner begins the subject.
      {"In the past the United Nations has accused Eritrea of providing arms.", {"UN ERI 112"}},
      {"In 2006 the United Nations accused Eritrea of arming the rebels.", {"UN ERI 112"}},
      // A quotation opened by a colon is the clause's subject speaking.
      {"Obama released a statement on the vote: \"I congratulate Prime Minister Trudeau on his victory.\"",
       {"USAGOV CANGOV 051"}},
      // People living in a country are of it.
      {"Israel has urged the remaining people living in south Lebanon to leave.", {"ISR LBNCVL 020"}},
      // Shouting slogans is a protest; refusing to take part in an election a boycott.
      {"Iranian students shouted anti-regime slogans in Tehran.", {"IRNEDU IRNGOV 141"}},
      {"Thai opposition parties refused to participate in the snap election.", {"THAOPP THAGOV 143"}},
      // Agents "including" named actors are those actors.
      {"Putin held telephone talks with world leaders including Saudi Arabia's King Salman.", {"RUSGOV SAUGOV 041"}},
      // "about a thousand people": an approximate count, no preposition.
      {"About a thousand people demonstrated in Tikrit.", {"IRQCVL IRQGOV 141"}},
      // A counted group before a participle of harm, with no object, is harmed.
      {"Early reports indicated three Israelis killed, the final toll was six Israelis and three Palestinians.", {}},
      {"Three Israeli soldiers killed two Palestinians.", {"ISRMIL PSE 190"}},
      // A minister's portfolio is part of the title.
      {"Kenyan Minister for Internal Security Joseph Kamau accused Somalia. Kamau also criticized Ethiopia.",
       {"KENGOV SOM 112", "KENGOV ETH 111"}},
      {"The Minister of Foreign Affairs of Sweden criticized Sudan.", {"SWEGOV SDN 111"}},
      {"The Dutch Presidency of the European Union praised the decision of Cuba.", {"NLDGOV CUB 051"}},
      // Demonstrating an ability, protesting one's innocence, speaking about a topic: no event.
      {"Huckabee has again demonstrated his ability to compete with McCain.", {}},
      {"He is protesting his innocence from Casablanca, Morocco.", {}},
      {"Merkel spoke about the cooperation between German and Indian forces.", {}},
      // Giving diplomats hours to leave expels them.
      {"The Mauritanian authorities have given staff at the Israeli embassy 48 hours to leave the country.",
       {"MRTGOV ISRGOV 174"}},
      // Closing a newspaper restricts political freedoms; the UN's nuclear watchdog is the IAEA.
      {"Lukashenko has closed a Belarusian newspaper.", {"BLRGOV BLRMED 1721"}},
      {"The United Nations nuclear watchdog praised Iran.", {"IAEA IRN 051"}},
      // A person's one-word name in capitals amid running text is no name (a Roman numeral).
      {"The FARC sent a letter to the XI congress of the Workers Party.", {}},
      // An army retreating from a country is not that country's.
      {"Ethiopia announced the retreat of the army from Somalia.", {"ETH SOM 0356"}},
      // What one has yet to do is not done.
      {"France and Belgium have yet to ratify the treaty with Romania.", {}},
      // A relative "that" stands for the noun before it, actor or not, and so
      // does a verb joined to it; a place is not what it stands for.
      {"Iraq's prime minister condemned the bombing that killed 20 Iraqi policemen.", {}},
      {"Ankara says the militia is the Syrian arm of a group that has fought an insurgency inside Turkey.", {}},
      {"Iraqi police arrived at the site of an explosion that had killed 34 people and wounded 217.", {}},
      {"Olmert said a Palestinian rocket that hit the Israeli city of Ashkelon marked an escalation.", {"PSE ISR 194"}},
      // Not across punctuation, nor from a verb of another form.
      {"The Iranian leadership pledged a breakthrough in the war -- which ended yesterday -- and mounted an "
       "offensive towards Iraq's city of Basra.",
       {"IRN IRQ 190"}},
      {"Ankara has a relationship with Iran, importing gas that serves Turkey's needs and offering Tehran "
       "political cover.",
       {"TURGOV IRNGOV 030"}},
      // What a message "that" does, its author does.
      {"Trump fired off a tweet that told Moscow to get ready.", {"USAELI RUSGOV 010"}},
      // A passive whose subject is no actor: the pattern's target is the one
      // acted on, not an actor of the "by" phrase or a place things come from.
      {"During the past 4 years, rockets have been fired on Israeli towns by Palestinian militant organizations.",
       {"PSEREB ISR 190"}},
      {"Supplies had been imported from Egypt by UNRWA.", {}},
      {"The group was pushed into the countryside by AU and Somali government forces.", {}},
      // Disapproving of a deed is of who did it: the actor before a noun in
      // -ing with "of", or after "by".
      {"Russia condemned the American bombing of Serbia.", {"RUS USA 111", "USA SRB 195"}},
      {"Venezuela condemned the killing of civilians by Colombian troops.", {"VEN COLMIL 111"}},
      // Force on people protesting is repression; kicking protesters assaults them.
      {"Chinese police opened fire on villagers protesting against land seizures.", {"CHNCOP CHNCVL 175"}},
      {"Tunisian policemen kicked activists.", {"TUNCOP TUNCVL 182"}},
      // A relative clause set off by commas after agents alone: they are the subject.
      {"Gunmen, who had posed as Iraqi police officers, attacked Kurdish fighters.", {}},
      // What one decided or voted to do is done, where no pattern of the
      // decision codes it; not what one may decide.
      {"The US Senate voted to impose sanctions on Russia.", {"USALEG RUS 163"}},
      {"The Israeli government has decided to break off all contacts with the Palestinian Authority.",
       {"ISRGOV PSEGOV 161"}},
      // (The decision's own pattern codes the intent, once.)
      {"Russia decided to lift sanctions on Georgia.", {"RUS GEO 0354"}},
      {"Russia may decide to attack Georgia.", {}},
      // A denial of charges answers whoever last made them against the
      // denier's country, not anyone else.
      {"Georgia accused Russia of bombing Gori. Russia denied the accusations.", {"GEO RUS 112", "RUS GEO 016"}},
      {"Israel accused Iran of arming Hezbollah. Syria rejected the claims.", {"ISR IRN 112"}},
      // Fire returned, or retaliation, is against whoever last used force on
      // the country.
      {"North Korean soldiers fired two shots at a South Korean guard post. South Koreans returned six rounds of "
       "fire.",
       {"PRKMIL KOR 193", "KOR PRKMIL 193"}},
      {"Hamas fired rockets into Israel. Israel retaliated with air strikes.", {"HMS ISR 194", "ISR HMS 195"}},
      // People crossing or fleeing from a place are of its country.
      {"Chinese soldiers opened fire on people crossing from Tibet to Nepal.", {"CHNMIL CHNCVL 190"}},
      // A place right after the verb is passed for the actor after it; not a
      // place its pattern names.
      {"Obama met in the Oval Office of the White House with Peruvian President Ollanta Humala.",
       {"USAGOV PERGOV 040"}},
      {"Kerry arrived in Moscow with German officials.", {"USAGOV RUS 042"}},
      // Chechen rebels are Russia's.
      {"Russia condemned the Chechen rebels who killed 5 Russian soldiers.", {"RUS RUSREB 111", "RUSREB RUSMIL 190"}},
      // A capital's police are the country's, not its government's.
      {"Moscow's police detained Ukrainian protesters.", {"RUSCOP UKRPTR 173"}},
      // At an article's start, people on the ground with no country are of
      // the place the sentence is set in; officials are not.
      {"Four hundred protestors threw stones at the Danish embassy in Tehran.", {"IRNPTR DNKGOV 145"}},
      {"The government is negotiating in Afghanistan with the United States.", {}},
      // Turning on the police is violence.
      {"A rally in San Francisco turned violent as protestors turned on police officers.", {"USAPTR USACOP 145"}},
      // An infinitive no verb governs, after a noun, says what the noun is
      // for; a decision to do something is doing it.
      {"Many of the victims were Afghans who were lining up for visas to travel to India.", {}},
      {"Mauritania's decision to cut ties with Israel was made in January.", {"MRT ISR 161"}},
      {"Germany has no right to comment on the genocide in Turkey.", {}},
      // "The two leaders", "both ministers": the governments of the two
      // people last named; views exchanged between them are a consultation.
      {"Putin met Obama in Paris. Both leaders agreed to cooperate against terrorism.",
       {"RUSGOV USAGOV 040", "USAGOV RUSGOV 030", "RUSGOV USAGOV 030"}},
      {"Indian Foreign Minister Mukherjee met German Foreign Minister Steinmeier. The two ministers also exchanged "
       "views on terrorism.",
       {"INDGOV DEUGOV 040", "DEUGOV INDGOV 040", "INDGOV DEUGOV 040"}},
      // "The two" opening a clause before its verb: the two people last named.
      {"Indian Prime Minister Singh met US President Bush. The two also exchanged views on regional issues.",
       {"INDGOV USAGOV 040", "USAGOV INDGOV 040", "INDGOV USAGOV 040"}},
      // ... else the governments of the two countries last named.
      {"India and the United States signed a deal. The two also exchanged views on regional issues.",
       {"IND USA 057", "USA IND 057", "USAGOV INDGOV 040", "INDGOV USAGOV 040"}},
      // "Continued on to" a place is the next stop of a visit.
      {"Obama continued on to Paris.", {"USAGOV FRA 042"}},
      // A deed disapproved of is its doer's, named before it or after "by";
      // never those it was done to.
      {"Sri Lanka's government condemned the rebel attack on a navy base.", {"LKAGOV LKAREB 111"}},
      {"Iraq's government condemned the attack on a police station in Baghdad.", {}},
      {"Pakistan's prime minister condemned the suicide bombing by militants in Peshawar.", {"PAKGOV PAKREB 111"}},
      // Force used in a capital is used on its country.
      {"Hamas carried out a suicide bombing in Tel Aviv.", {"HMS ISR 1831"}},
      {"An American was found shot and killed in Baghdad.", {}},
      // What a message by an author does, its author does.
      {"A statement by Cuba's Interior Ministry praised Venezuela.", {"CUBGOV VEN 051"}},
      // A mission named after a pattern's target may be the actor's own last word.
      {"In New Delhi, Indian protesters marched to the Israeli embassy.", {"INDPTR ISRGOV 141"}},
      // Closing one's embassy in a country reduces relations with it.
      {"The Israeli government has closed its embassy in Nouakchott.", {"ISRGOV MRT 161"}},
      // People set free are released, whoever they are; not a statement released.
      {"The rebels freed three Colombian policemen.", {"COLREB COLCOP 0841"}},
      {"The UN released a report on Sudan.", {}},
      // With no doer named, the victim after "on" is what one condemns;
      // an actor further on is not.
      {"Turkey condemned the attack on Russia.", {"TUR RUS 111"}},
      {"Turkey condemned the attack and will support Russia.", {"TUR RUS 032"}},
      // Coming closer to doing something is coded as doing it.
      {"Turkey is inching closer to restore ties with Russia.", {"TUR RUS 050"}},
      // One said to be something is not who says it.
      {"Erdogan is said to be furious with Russia.", {}},
      // A bare verb joined to a governed infinitive is governed too.
      {"Obama urged Iran to halt enrichment and recognize Israel.", {"USAGOV IRN 022"}},
      {"Ukraine was unable to confirm or deny the Russian claims.", {}},
      // Force named after its doer's name is the doer's, not the clause's subject's.
      {"Pakistanis protested against the U.S. air strike on a village in Afghanistan.", {"PAK USA 141", "USA AFG 195"}},
      // A deed one calls for is not done.
      {"Hamas called for more suicide attacks against Israel.", {}},
      // What was averted or feared did not happen.
      {"To avert a military clash between US and Turkish forces, Washington warned Ankara.", {"USAGOV TURGOV 130"}},
      {"The risk of war between India and Pakistan is growing.", {}},
      // A word of an actor's name is no word of a pattern.
      {"Badawi chairs the 57-nation Organization of the Islamic Conference.", {}},
      // A press conference is held for the press, not with anyone, unless joint.
      {"Merkel and Macron held a press conference.", {}},
      {"Merkel and Obama held a joint press conference.", {"DEUGOV USAGOV 040", "USAGOV DEUGOV 040"}},
      {"The Foreign and Commonwealth Office summoned the Russian ambassador.", {"GBRGOV RUSGOV 110"}},
      // In text set all in capitals "U.S." with its periods is still a name ("US" is not).
      {"ECUADOR TODAY CONDEMNED THE U.S. INVASION OF PANAMA.", {"ECU USA 111"}},
      // A verb's pattern stops at the next verb of a coordination.
      {"Iranian security forces arrived and began shooting at Iranian demonstrators.", {"IRNCOP IRNPTR 175"}},
      // A number for object after "and" is some of the first verb's target,
      // whatever place follows.
      {"Israeli forces killed ten Hezbollah fighters and seized five more near the Lebanese city of Baalbek.",
       {"ISRMIL HEZ 190", "ISRMIL HEZ 173"}},
      // An embassy seized is a building, not people.
      {"Iranians seized the U.S. Embassy in Tehran.", {"IRN USAGOV 1711"}},
      {"The US Undersecretary of State visited India.", {"USAGOV IND 042"}},
      // A country confirming or announcing what organs with no country did
      // reports on its own: "its fighter jets", "that police".
      {"Beijing has confirmed that police opened fire on villagers protesting against land seizures.",
       {"CHNCOP CHNCVL 175"}},
      {"The Turkish military announced that its fighter jets had raided twelve PKK settlements.", {"TURMIL PKK 190"}},
      // What one denies having done is not coded as done.
      {"Putin denied having met Tariq Aziz.", {}},
      // An organisation's name in lower case after a possessive is the
      // possessor's organ; what a meeting is regarding is a topic.
      {"Bulgaria's security council held a meeting regarding Kosovo.", {}},
      // The passive's "by" actor is its source, past "as ..." and never a slot.
      {"Hamas is labelled as a terrorist group by both the European Union and the United States.",
       {"EU HMS 111", "USA HMS 111"}},
      {"Twelve Ugandans were denied visas by the Canadian High Commission in Kenya.", {"CAN UGA 172"}},
      {"Canada denied entry to Ugandans.", {"CAN UGA 172"}},
      // "Neither ... nor" opening the clause, and "at no time", negate.
      {"Neither Israel nor the United States wished to criticize Russia.", {}},
      {"Britain said that at no time was it threatening Iran.", {}},
      // A candidate's rallies are no protest.
      {"Trump held campaign rallies and White House events.", {}},
      // A question asks what has not happened; what comes before its quote has.
      {"Will Russia attack Ukraine?", {}},
      {"Obama addressed Iran, telling the assembly \"what would you do?\"", {"USAGOV IRN 010"}},
      // Demonstrated in the passive is shown.
      {"Reagan's weakness has been demonstrated by the Senate's decision to approve the bill.", {}},
      {"Putin is considered a friend of Iran.", {}},
      // "Or" joined to a negated infinitive is negated too.
      {"Colombia has decided not to send troops to its border or sever diplomatic ties with Ecuador.", {}},
      // "The two Koreas" are both, and each other's partners; a decision
      // by others is no slot of the verb.
      {"China called on both Koreas to show restraint.", {"CHN KOR 0256", "CHN PRK 0256"}},
      {"The two Koreas agreed to hold talks.", {"KOR PRK 036", "PRK KOR 036"}},
      {"Britain welcomed the decision by India and Pakistan to open a bus link.", {"GBR IND 051", "GBR PAK 051"}},
      // A country's people travelling pay no visit; its envoy does.
      {"Britons travelled to Syria to join Isis.", {}},
      {"Britain sent an envoy to Syria.", {"GBR SYR 042"}},
      // A verb after an aside about a name is that name's: known, or made
      // known by an aside that opens on an actor or agent.
      {"Major Murad Khan, a spokesperson for the Pakistani military, criticized the U.S.", {"PAKMIL USA 111"}},
      {"Barker, the father of a soldier who served in Iraq, called on Harper to open the border.", {}},
      // "To be" done is an infinitive like any other; "to have" done is asserted.
      {"Israel will not allow its cities to be attacked by Palestinian rocket fire.", {}},
      {"Turkey claims to have encircled Afrin in northern Syria.", {"TUR SYR 191"}},
      // A verb after "and" goes on from a verb, not from a noun's modifier;
      // an unknown subject stays unknown.
      {"Hicks attended al-Qaeda training camps and fought with the Taliban.", {}},
      // A capital naming where talks are held is no actor.
      {"APEC economies will support the Doha trade talks.", {}},
      // The "by" after an infinitive: the infinitive's after "said to", the
      // governing verb's otherwise.
      {"The Russian helicopter is said to have been in use by NATO.", {}},
      {"Iraq was asked to leave Kuwait by the United Nations.", {"UN IRQ 020"}},
      // A verb's object after a modifier is a noun; what one grants, gives
      // or extends, one does.
      {"Prosecutors charged Bout with conspiracy to provide material support to a terrorist organization.", {}},
      {"Pakistan has granted much support to the American campaign against terrorists.", {"PAK USA 051"}},
      {"Iraq extended an entry ban on travellers from Iran.", {"IRQ IRN 172"}},
      // A conflict one is engaged in is no consultation.
      {"Somali warlords are engaged in a conflict with the Islamic Courts Union.", {}},
      // Charged by one with no power to prosecute is accused.
      {"Human Rights Watch has charged Israel with using white phosphorus bombs.", {"HRW ISR 112"}},
      {"Israeli prosecutors charged a Palestinian man with murder.", {"ISRJUD PSE 173"}},
      // The possessor of a pattern's words before the verb is whose they are.
      {"China is unhappy with Japan's plans to build a missile defense system in cooperation with the United States.",
       {"JPN USA 032"}},
      // (Review cases: a "by" or "on" before a determiner; an aside's actor
      // only at its head; a country's own name; contacts in a question.)
      {"Pakistan will stand by the United States.", {"PAK USA 051"}},
      {"Turkey condemned the attack on the Kurds.", {"TUR KUR 111"}},
      {"Khan, a spokesman who met Iraqi officials, criticized Iran.", {}},
      {"The Philippines sent an envoy to Malaysia.", {"PHL MYS 042"}},
      {"Will Merkel have talks with Putin?", {}},
      {"Putin denied ever having met Tariq Aziz.", {}},
      // Attacks in politics are made in words; force is force.
      {"Cameron attacked Corbyn.", {"GBRGOV GBROPP 111"}},
      {"Putin attacked Erdogan over the downing of the warplane.", {"RUSGOV TURGOV 111"}},
      {"Obama sharply attacked the Republican Party.", {"USAGOV USAPTY 111"}},
      {"Turkey attacked Kurdish rebels.", {"TUR KURREB 190"}},
      // A warning is not made to a place; doubt is no fact.
      {"The United Nations warned of a major food crisis in Lebanon.", {}},
      {"The United Nations warned Syria.", {"UN SYR 130"}},
      {"Obama is sceptical that Russia will attack Ukraine.", {}},
      // An aside after a name in brackets, or another name for it.
      {"Doctors Without Borders (MSF), a medical charity, criticized Israel.", {"MSF ISR 111"}},
      {"Médecins Sans Frontières, or Doctors Without Borders, criticized Israel.", {"MSF ISR 111"}},
      // Troops arriving pay no visit, unless they visit.
      {"Ugandan troops arriving in Somalia came under attack.", {}},
      {"Thousands of Russian citizens travelled to Syria.", {}},
      {"Chinese warships visited Pakistan.", {"CHNMIL PAK 042"}},
      // Two who meet one the dictionaries do not know do not meet each other.
      {"Obama and Putin met Mr Zinni.", {}},
      {"Obama and Putin met in Paris.", {"USAGOV RUSGOV 040", "RUSGOV USAGOV 040"}},
      {"Britain and the United States signed a Memorandum of Understanding.", {"GBR USA 057", "USA GBR 057"}},
      // A figure reached is no force; targets hit are.
      {"Britain hit the 0.7% UN aid spending target.", {}},
      {"Russian jets hit 20 targets in Syria.", {"RUSMIL SYR 195"}},
      // A participle between a count and what it counts is an adjective.
      {"Obama urged Britain to repatriate 800 captured Isis fighters.", {"USAGOV GBR 0253"}},
      {"Kurdish forces captured 800 Isis fighters.", {"KURMIL ISIS 181"}},
      // A name the dictionaries do not know opening a clause is its subject.
      {"Russia said Tiraspol sold weapons to Iraq.", {}},
      {"Russia said Ukraine sold weapons to Iraq.", {"UKR IRQ 062"}},
      // After a full name the dictionaries do not know, "he" is that person.
      {"Obama met Putin in Paris. Jason Burke was told when he visited South Sudan.", {"USAGOV RUSGOV 040"}},
      {"Obama met Putin in Paris. The reporter said that he visited South Sudan.",
       {"USAGOV RUSGOV 040", "RUSGOV SSD 042"}},
      // A meeting arranged has not happened; one held has.
      {"Germany tried to arrange a meeting between Obama and Putin.", {}},
      {"There was a meeting between Obama and Putin.", {"USAGOV RUSGOV 040", "RUSGOV USAGOV 040"}},
      // A capital naming an agreement or a policy is no actor.
      {"Obama praised the Paris Agreement.", {}},
      {"Obama criticized the Mexico City policy.", {}},
      {"Obama criticized Mexico City.", {"USAGOV MEXGOV 111"}},
      // Fighting that could follow has not happened.
      {"The withdrawal could lead to fresh fighting between Russia and Ukraine.", {}},
      {"There was fresh fighting between Russia and Ukraine.", {"RUS UKR 190", "UKR RUS 190"}},
      // Found in review: each rule no broader than its case.
      {"The UN should condemn Russia's attack on Ukraine.", {"RUS UKR 190"}},
      {"Obama met Putin in Paris. The reporter Jason Burke said he visited South Sudan.", {"USAGOV RUSGOV 040"}},
      {"Obama met Putin in Paris. Speaking at Chatham House, he praised Britain.",
       {"USAGOV RUSGOV 040", "RUSGOV GBR 051"}},
      {"Merkel and Hollande discussed Brexit.", {"DEUGOV FRAGOV 040", "FRAGOV DEUGOV 040"}},
      {"MSF Belgique, or Doctors Without Borders, criticized Israel.", {"MSF ISR 111"}},
      {"Russia threatened military action in Syria.", {"RUS SYR 138"}},
      {"Assad attacked the opposition in Homs.", {"SYRGOV SYROPP 190"}},
      {"Washington and Moscow sign treaty.", {"USAGOV RUSGOV 057", "RUSGOV USAGOV 057"}},
      {"Russian jets hit 3 high schools in Aleppo.", {"RUSMIL SYREDU 195"}},
      // People set free in the passive; goods are not people.
      {"Three British sailors were released by Iran.", {"IRN GBRMIL 0841"}},
      {"British goods were released by Iran.", {}},
      // "called" after a plain noun and before a name only names it.
      {"Obama is a member of a group called the Committee on Syria.", {}},
      {"Obama called on Russia to stop the bombing.", {"USAGOV RUS 0256"}},
      // Fighting with someone against another is fighting alongside them.
      {"Kurdish fighters fought with US forces against Islamic State.", {"KURREB USAMIL 062"}},
      {"Kurdish militants fought with Turkish forces near the border.", {"KURREB TURMIL 190"}},
      // A verb after a relative clause no comma closes is its antecedent's.
      {"Putin, who visited Syria on Monday praised Assad.", {"RUSGOV SYR 042", "RUSGOV SYRGOV 051"}},
      {"The man who attacked Israel praised Assad.", {}},
      // A sentence opening with a condition states no fact.
      {"If the estimates are confirmed, it would be the deadliest clash between Russia and Ukraine.", {}},
      {"It was the deadliest clash between Russia and Ukraine.", {"RUS UKR 190", "UKR RUS 190"}},
      // An executive secretary or council is no business.
      {"The SADC executive secretary criticized Zimbabwe.", {"SADC ZWE 111"}},
      // A quotation opening between "be" and its participle keeps it passive.
      {"Clinton said Egyptian protesters are \"intimidated and bullied by Iran.\"",
       {"IRN EGYPTR 130", "IRN EGYPTR 170"}},
      // A name the dictionaries lack opens the clause of a verb they lack.
      {"Voronin added Moldova can prove Tiraspol sold weapons to Iraq.", {}},
      {"Voronin added Moldova sold weapons to Iraq.", {"MDA IRQ 062"}},
      // An unknown name after the title of an agent of no country is that agent.
      {"Police chief Smith accused the Tamil Tigers.", {"LKACOP LTTE 112"}},
      {"Police chief accused the Tamil Tigers.", {"LKACOP LTTE 112"}},
      // "it" is no place named as a scene.
      {"The US's entrapment in the Middle East was what it warned Britain against.", {"USA GBR 130"}},
      // "accused of" after a noun only says what they are.
      {"The UN Security Council imposed sanctions on four Sudanese nationals accused of war crimes.",
       {"UNSC SDNCVL 163"}},
      {"Ecuador criticized FARC rebels, whom Colombia accused of entering its territory.",
       {"ECU FARC 111", "COL FARC 112"}},
      // What is reported is not the reporter's act.
      {"Iraqi authorities report that the men had opened fire on police.", {}},
      {"Iraqi authorities report that Iranian troops had opened fire on Iraqi police.", {"IRNMIL IRQCOP 190"}},
      {"CBS News reported that there was a car bomb explosion in Iraq, killing four police officers.", {}},
      {"The WHO reported a total of 25 attacks on hospitals in Syria.", {}},
      {"The journalists kidnapped in Iraq were freed by Iraqi police.", {"IRQCOP IRQMED 0841"}},
      // The object of "against" right after a verb opens no clause.
      {"Protesters demonstrating against Japan broke windows in Chengdu.", {"CHNPTR JPN 141"}},
      {"A US-led alliance against Islamic State had targeted Syrian troops.", {"USA SYRMIL 190"}},
      // "opposition to" is opposing, not the opposition.
      {"He reiterated Israel's absolute opposition to Iran's nuclear programme.", {}},
      {"The Kenyan opposition criticized the government.", {"KENOPP KENGOV 111"}},
      // "rebel-held", "Taliban-controlled": the holder, of the place held.
      {"Russian jets bombed rebel-held Aleppo.", {"RUSMIL SYRREB 195"}},
      {"Syrian government forces shelled rebel-held areas of Aleppo.", {"SYRMIL SYRREB 194"}},
      {"Afghan troops attacked Taliban-controlled districts in Helmand.", {"AFGMIL TLB 190"}},
      // Troops sent or moved into a country occupy it.
      {"Ethiopia sent troops into Somalia.", {"ETH SOM 192"}},
      {"Ethiopia sent troops to Somalia.", {}},
      // A crowd counted before a verb of protest is protesters.
      {"Thousands protested in Cairo against the government.", {"EGYPTR EGYGOV 141"}},
      {"Thousands died in Cairo.", {}},
      // An -ing form after a comma acts on its own object.
      {"The US and South Korea began joint military exercises on Monday, angering North Korea.",
       {"USA KOR 062", "KOR USA 062"}},
      {"Insurgents in Iraq struck across several regions, aiming at American soldiers.", {"IRQREB USAMIL 190"}},
      // Two agents of no country are of the place named right after either.
      {"Militants attacked a police station in northern Nigeria on Sunday.", {"NGAREB NGACOP 190"}},
      {"Militants attacked a police station on Sunday.", {}},
      // A verdict on force named again, or a vow of revenge, is on whoever last used it.
      {"Israel launched air strikes on Gaza. Hamas condemned the raids and vowed revenge.",
       {"ISR PSE 195", "HMS ISR 111", "HMS ISR 138"}},
      {"Hamas condemned the raids and vowed revenge.", {}},
      {"Israel launched air strikes on Gaza. Hamas condemned the attack on its offices.", {"ISR PSE 195"}},
      // Providing information is sharing it (064); offering sanctuary is an intent (0333).
      {"Egypt has provided the United States with intelligence on the plot.", {"EGY USA 064"}},
      {"Egypt has provided the United States with weapons.", {"EGY USA 072"}},
      {"Syria offered the Kurdish leader sanctuary.", {"SYR KURGOV 0333"}},
      // A foreign affairs department is the government's.
      {"The French Foreign Affairs department urged Lebanon to protect civilians.", {"FRAGOV LBN 020"}},
      // A verb's base form counted as one is a noun.
      {"Israel said it would be one mission, one strike against Iran.", {}},
      // "a potential military clash": the head noun of its phrase.
      {"The United States and Russia are talking to prevent a potential military clash in Syria.",
       {"USA RUS 040", "RUS USA 040"}},
      {"The United States and Russia clashed in Syria.", {"USA RUS 190", "RUS USA 190"}},
      // Whom a gerund of force one opposes would act on is not the one opposed.
      {"France opposed bombing Syria.", {}},
      {"France criticized Russia for bombing Syria.", {"FRA RUS 111"}},
      // "they" after a verb of saying is its speakers, when they are many.
      {"Kenyan police said they had arrested four suspects linked to al-Shabab.", {"KENCOP SHABAB 173"}},
      {"The Israeli military said they attacked Hezbollah outposts.", {"ISRMIL HEZ 190"}},
      {"Kenya said they had arrested four suspects linked to al-Shabab.", {}},
      // A state protests by note (114), people in the street (141).
      {"Japan protested China's declaration of an air defence zone.", {"JPN CHN 114"}},
      {"Palestinians protested against Israel.", {"PSE ISR 141"}},
      // A report as a noun lets the verb after it be one; what is "reported" doing was done.
      {"A Human Rights Watch report accused Egypt of torture.", {"HRW EGY 1122"}},
      {"The Iraqi army reported arresting 20 militants in Ramadi.", {"IRQMIL IRQREB 173"}},
      // The opposition may be invited "to talks"; one's "opposition to" is opposing.
      {"Maduro invited the opposition to talks.", {"VENGOV VENOPP 036"}},
      {"Israel voiced strong opposition to the deal.", {}},
      // "it" after "at" is who was aimed at.
      {"The US fired missiles at Syria after it bombed Turkey.", {"USA SYR 194", "SYR TUR 195"}},
      // A possessive is no auxiliary of an unknown verb.
      {"Russia's strongman Zhirinovsky threatened Ukraine.", {"RUS UKR 130"}},
      // Where people come from is no scene.
      {"Police arrested two migrants from northern Syria.", {}},
      // A force word as a modifier names no force.
      {"Russian jets bombed Aleppo. Turkey condemned the offensive remarks.", {"RUSMIL SYR 195"}},
      // Peacekeepers sent into a country keep the peace; hardware occupies nothing.
      {"The African Union sent peacekeeping troops into Somalia.", {"AU SOM 074"}},
      {"Russia sent military equipment into Syria.", {"RUS SYR 072"}},
      // Force after the announcer's own words is the announcer's.
      {"Israel announced a ground offensive in Gaza, targeting Hamas tunnels.", {"ISR HMS 190"}},
      {"The United States opposed arming Syrian rebels.", {}},
      // Burning someone in effigy, or their flags, protests against them.
      {"Protesters in Pakistan burned effigies of President Obama.", {"PAKPTR USAGOV 141"}},
      // Protesters at an embassy are of where it stands, not of its country.
      {"Demonstrators attacked the Austrian embassy in Tehran.", {"IRNPTR AUTGOV 145"}},
      {"Demonstrators attacked the Austrian embassy.", {}},
      // Those who visit together visit no one among themselves.
      {"The British and Irish prime ministers visited the scene of the bombing.", {}},
      {"The British and Irish prime ministers met in London.", {"GBRGOV IRLGOV 040", "IRLGOV GBRGOV 040"}},
      // A pledge to buy is trade, not aid to the seller.
      {"Ankara pledged $3.5bn to buy US patriot missiles.", {"TURGOV USA 0311"}},
      // Of a visit, "of" names the visitor.
      {"The visit of Lavrov to Poland went well.", {"RUSGOV POL 042"}},
      {"The attack of Russia on Ukraine was condemned.", {}},
      // "Critical of" criticizes; "critical" alone codes nothing.
      {"Russia has been sharply critical of NATO.", {"RUS NATO 111"}},
      {"Obama said the talks with Iran were at a critical stage.", {}},
      // Opposition politicians are the opposition, not elites.
      {"Opposition politicians in Canada accused Trudeau of lying.", {"CANOPP CANGOV 112"}},
      // What a threat's or a vow's infinitive resumes is threatened, not done;
      // no pledge reaches past a verb of force to the weapons it fires.
      {"The Tamil Tigers threatened to resume fighting against the Sri Lankan government.", {"LTTE LKAGOV 138"}},
      {"North Korea threatened to shell South Korea.", {"PRK KOR 1384"}},
      {"Israel asked Hamas to stop firing rockets.", {"ISR HMS 020"}},
      {"Russia agreed to begin supplying weapons to Syria.", {"RUS SYR 0332"}},
      // Whom a state arrests or frees with no country named is its own.
      {"Ethiopia released 500 prisoners.", {"ETH ETHCVL 0841"}},
      {"Egypt arrested 40 protesters.", {"EGY EGYPTR 173"}},
      {"Iran released 15 British sailors.", {"IRN GBRMIL 0841"}},
      {"Hamas released two hostages.", {}},
      {"Iran arrested 12 spies.", {}},
      // A country's agencies right before an -ing form of force do it, even
      // after a preposition; a place does not.
      {"Libya said it stood by Chadian rebels fighting the Chadian army.", {"LBY TCDREB 051", "TCDREB TCDMIL 190"}},
      {"Israel attacked Hamas in Gaza, killing 20 Palestinians.", {"ISR HMS 190", "ISR PSE 190"}},
      // Actors given as examples of a plain noun act for it, as subject or
      // after a passive's "by".
      {"Several countries, including France and Britain, condemned Russia.", {"FRA RUS 111", "GBR RUS 111"}},
      {"Russia was condemned by international bodies such as the UN.", {"UN RUS 111"}},
      {"Civilians in Gaza were killed by weapons such as American bombs.", {}},
      {"The attack on several bases, including Kabul, killed 20 Afghan soldiers.", {}},
      // A speaker named after a comma is no target, and blocks none.
      {"Israeli warplanes struck targets in southern Lebanon on Monday, the Israeli military said.",
       {"ISRMIL LBN 195"}},
      {"Russia expelled two Estonian diplomats in a tit-for-tat move, Moscow said.", {"RUS ESTGOV 161"}},
      // What two sides do together after "between" is between them both
      // ways; not what a third party brokers or hails.
      {"Fighting erupted between Thai and Cambodian troops on the border.", {"THAMIL KHMMIL 190", "KHMMIL THAMIL 190"}},
      {"Heavy fighting between Armenian and Azerbaijani forces continued.", {"ARMMIL AZEMIL 190", "AZEMIL ARMMIL 190"}},
      {"Fighting never erupted between Thai and Cambodian troops.", {}},
      {"Egypt brokered a ceasefire between Israel and Hamas.", {"EGY ISR 045", "EGY HMS 045"}},
      {"Diplomats hailed the truce between Israel and Hamas.", {}},
      // A place and an agency of its country after a comma are not one place.
      {"Speaking at a rally in Ankara, the Turkish president lashed out at Sweden.", {"TURGOV SWE 111"}},
      // A participle opening the sentence ends at the comma before the
      // clause's subject and verb; a gerund subject does not.
      {"Having failed to reach a deal in Geneva, the United States and Iran agreed to meet again in Oman.",
       {"USA IRN 036", "IRN USA 036"}},
      // Saying or calling an actor's deed illegal, dangerous or a mistake criticizes.
      {"Russia said the American sanctions were illegal.", {"RUS USA 111"}},
      {"Iran called the American decision a grave mistake.", {"IRN USA 111"}},
      {"Merkel said Germany had made a mistake.", {}},
      {"Egypt said the situation in Sudan was dangerous.", {}},
      {"Russia said Ukraine had not committed war crimes.", {}},
      {"Russia hit critical infrastructure of Ukraine.", {"RUS UKR 190"}},
      // An exchange of prisoners releases them both ways.
      {"Ukraine and Russia swapped hundreds of prisoners.", {"UKR RUS 0841", "RUS UKR 0841"}},
      {"Russia exchanged prisoners with Ukraine.", {"RUS UKR 0841", "UKR RUS 0841"}},
      // Killed in a strike: the striker acts, past where it was done; victims
      // of no country are of the place struck; the strike is not coded twice.
      {"Ten people were killed in a Russian missile attack on Kharkiv.", {"RUSMIL UKRCVL 190"}},
      {"A senior Hamas leader was assassinated in Tehran in an Israeli strike.", {"ISRMIL HMSGOV 186"}},
      {"Twenty civilians were killed in a Saudi air strike in Yemen.", {"SAUMIL YEMCVL 195"}},
      // One criticized, accused or warned by no one named is no source.
      {"Iran was accused of arming the Houthis.", {}},
      {"Israel was warned against attacking Iran.", {}},
      {"Russia is opposed to the American plan.", {"RUS USA 110"}},
      {"Sergey Mironov, Russia's parliament speaker, threatened to break diplomatic relations with Estonia.",
       {"RUSLEG EST 1313"}},
      // "..., a move welcomed by X": X judges the clause's subject.
      {"Iran seized a British tanker, a move condemned by London.", {"IRN GBR 181", "GBRGOV IRN 111"}},
      {"Iran was sanctioned by the United States, a move condemned by Russia.", {"USA IRN 163", "RUS USA 111"}},
      // Asking for mediation appeals for it (028).
      {"Venezuela asked the UN to mediate.", {"VEN UN 028"}},
      // "it" after a verb of saying that follows an aside is the speaker before the aside.
      {"Hamas, which is backed by Iran, said it had accepted an Egyptian proposal for a truce with Israel.",
       {"HMS ISR 0871"}},
      {"Hamas, which is backed by Iran, Qatar and Turkey, said it had accepted an Egyptian proposal for a truce with "
       "Israel.",
       {"HMS ISR 0871"}},
      // A capital named as a place, behind an adjective, or where one speaks
      // from, is no government acted on; one asked is.
      {"A suicide bomber detonated himself in a crowded Baghdad restaurant.", {}},
      {"Uribe announced from Washington that he had authorized the operation.", {}},
      {"Israel requested from Washington more interceptor missiles.", {"ISR USAGOV 0232"}},
      {"Boris Johnson demanded answers from the Kremlin.", {"GBRGOV RUSGOV 100"}},
      // A participle opening the sentence is done by the subject after its
      // comma; where one speaks is only a setting.
      {"Accusing Ottawa of interfering in its internal affairs, Beijing imposed sanctions on two Canadian lawmakers.",
       {"CHNGOV CANGOV 112", "CHNGOV CANLEG 163"}},
      {"Speaking to a group of lawmakers, the Iranian president criticized Israel.", {"IRNGOV ISR 111"}},
      {"Fighting in Sudan has displaced millions, the UN said.", {}},
      {"Bombing raids on Gaza, Hamas said, killed 20 civilians.", {}},
      // Summoned, by whom it is said.
      {"The Polish ambassador was summoned by the Belarusian foreign ministry on Monday.", {"BLRGOV POLGOV 110"}},
      // Ready to release: intent to release (0353).
      {"Hamas said it was prepared to release all Israeli hostages.", {"HMS ISRCVL 0353"}},
      // The head, chief or spokesman of an agency speaks for it.
      {"The head of the Egyptian army said Israel was responsible for the attack.", {"EGYMIL ISR 112"}},
      {"A suicide attack on the chief of the Afghan police killed 12 civilians.", {}},
      {"Representatives of the Chinese government began talks with the Dalai Lama.", {"CHNGOV CHNREL 046"}},
      // A quotation attributed after it is what its speaker said.
      {"\"Israel must stop its aggression against Gaza,\" the Turkish president said.", {"TURGOV ISR 100"}},
      {"\"Israel must stop its aggression against Gaza,\" said the Turkish president.", {"TURGOV ISR 100"}},
      {"\"Russia is ready to cooperate with the United States on security,\" the source said.", {"RUS USA 0312"}},
      {"\"Israel must stop its aggression against Gaza,\" the Turkish president said on Tuesday.", {"TURGOV ISR 100"}},
      // One "on a visit to" a country visits it.
      {"The Indian prime minister is on a three-day visit to Japan.", {"INDGOV JPN 042"}},
      {"Russia has cast doubt on a visit to Kyiv.", {}},
      // Saying another committed war crimes accuses it; reacting angrily
      // criticizes; calling charges baseless denies them.
      {"Human Rights Watch said Saudi Arabia had committed war crimes in Yemen.", {"HRW SAU 1124"}},
      {"Moscow reacted angrily to the British decision.", {"RUSGOV GBR 111"}},
      {"Russia called the American accusations baseless.", {"RUS USA 016"}},
      // Agreeing new sanctions imposes them; agreeing to lift them does not.
      {"EU leaders agreed new sanctions on Russia.", {"EUGOV RUS 163"}},
      {"The EU agreed to lift sanctions on Iran.", {"EU IRN 0354"}},
      // Coercion or force said to be coming is a threat of it.
      {"China has said it would attack Taiwan if the island declares independence.", {"CHN TWN 138"}},
      {"The United States said it would impose sanctions on Russia.", {"USA RUS 1312"}},
      {"North Korea said it would impose no restrictions on American diplomats.", {}},
      {"Russia said it would not attack Ukraine.", {}},
      // "the West" is the region; not the west of a country, nor a name going on.
      {"Russia accused the West of provoking the war.", {"RUS WST 112"}},
      {"Lavrov accuses West of waging war on Russia", {"RUSGOV WST 112"}},
      {"Reagan will visit West Germany in June.", {"USAELI DEU 036"}},
      {"According to Forbes, West claimed to be in contact with Trump.", {}},
      {"British police in the West Midlands arrested two Pakistani nationals.", {"GBRCOP PAKCVL 173"}},
      // The police or government troops a country's rebels attack are its own; not any army.
      {"Syrian rebels attacked government troops in the west of the country.", {"SYRREB SYRMIL 190"}},
      {"Afghan insurgents killed ten policemen.", {"AFGREB AFGCOP 190"}},
      {"Palestinian gunmen opened fire on an army patrol.", {}},
      {"Israel expanded settlements in the West Bank.", {}},
      // In a headline, a singular actor right after a verb is a noun's modifier.
      {"Iran condemns Israeli strike on Syria", {"IRN ISR 111"}},
      {"China slams US attack on Iraq", {"CHN USA 111"}},
      {"Officials said Israelis attack Palestinian villages.", {"ISR PSE 190"}},
      {"China condemned American bullying.", {"CHN USA 111"}},
      {"Civilians were killed as the result of U.S. aircraft bombing the village of Chechal in Afghanistan.",
       {"USAMIL AFG 195"}},
      {"The sale might be used to justify Iran supplying missiles to Hezbollah.", {"IRN HEZ 072"}},
      {"Fighting continued, with Moscow denying Kiev's claims.", {"RUSGOV UKRGOV 016"}},
      // "Western" is the West, when no name goes on.
      {"China rejected Western criticism on Tuesday.", {"CHN WST 120"}},
      {"Russian missiles struck Western Ukraine.", {"RUS UKR 194"}},
      // An aside of the source's ("what it called") does not hide the target.
      {"Venezuela's government denounced what it called US interference in its affairs.", {"VENGOV USA 111"}},
      {"China condemned what it described as American bullying.", {"CHN USA 111"}},
      // Troops withdrawing from a place retreat (0874); deploying warships around a country shows force.
      {"Russian troops withdrew from Kherson on Friday.", {"RUSMIL UKR 0874"}},
      {"Israeli soldiers pulled out of Gaza.", {"ISRMIL PSE 0874"}},
      {"Britain withdrew from the European Union.", {}},
      {"China deployed warships and fighter jets around Taiwan.", {"CHN TWN 150"}},
      // "stood by" is active.
      {"German Chancellor Olaf Scholz said Berlin stood firmly by Israel's side.", {"DEUGOV ISR 051"}},
      // Talks between two that go on are a negotiation between them; who
      // sign in the passive sign with each other.
      {"Talks between Russia and Ukraine resumed in Istanbul.", {"RUS UKR 046", "UKR RUS 046"}},
      {"Talks between Russia and Ukraine did not resume.", {}},
      {"The agreement was signed by Indian and Emirati officials in Abu Dhabi.",
       {"INDGOV AREGOV 057", "AREGOV INDGOV 057"}},
      {"The convention was signed by 66 countries including Mexico, Israel, Australia and Japan.", {}},
      {"The pipeline deal was signed by Bulgaria, Greece and Russia today.",
       {"BGR GRC 057", "GRC BGR 057", "BGR RUS 057", "RUS BGR 057", "GRC RUS 057", "RUS GRC 057"}},
      // Aid unveiled for a country is aid pledged; products unveiled are nothing.
      {"The EU unveiled a 50 billion euro aid package for Ukraine on Thursday.", {"EU UKR 033"}},
      {"Apple unveiled a new iPhone in China.", {}},
      // The owner of a ship named by "-owned" or "-flagged" is acted on.
      {"Houthi rebels seized a British-owned cargo ship in the Red Sea.", {"HTH GBR 181"}},
      {"Iran seized a Greek-flagged oil tanker in the Gulf.", {"IRN GRC 181"}},
      {"Cyprus state radio reported the vessel was Russian-owned traveling from Iran to Syria.", {}},
      {"Beijing on Wednesday condemned the visit of a US congressional delegation to Taiwan.", {"CHNGOV USALEG 111"}},
      // Quotation marks around a few words inside a clause hide nothing.
      {"North Korea threatened to 'wipe out' South Korea if provoked.", {"PRK KOR 130"}},
      {"Iran has \"barred\" CNN from working in the country.", {"IRN USAMED 172"}},
      {"Hamas said \"we will respond\" to Israel.", {}},
      // In a headline, an -s form after an office holder's title is a verb.
      {"UN chief urges Israel to allow aid into Gaza", {"UN ISR 023"}},
      {"EU foreign policy chief slams Russia over Navalny", {"EU RUS 111"}},
      {"The UN chief's calls for restraint were ignored.", {}},
      // A participle after a reported clause is the reporter's.
      {"Hamas denied that its fighters had used a hospital as a command centre, accusing Israel of lying.",
       {"HMS ISR 112"}},
      {"Obama listed Iran and Syria as the worst dictatorships and criticised Venezuela.", {"USAGOV VEN 111"}},
      // Who is made to do something does it.
      {"Lula compared the war to the Holocaust, prompting Israel to summon Brazil's ambassador.", {"ISR BRAGOV 110"}},
      {"The financial crisis caused Iceland to ask the IMF for help.", {"ISL IMF 023"}},
      // A go-between named in the passive mediates between the sides.
      {"Saudi Arabia and Iran agreed to restore diplomatic ties in a deal brokered by China.",
       {"SAU IRN 032", "IRN SAU 032", "CHN SAU 045", "CHN IRN 045"}},
      {"Israel and Hamas agreed to a ceasefire mediated by Egypt.",
       {"ISR HMS 0871", "HMS ISR 0871", "EGY ISR 045", "EGY HMS 045"}},
      {"Talks between Armenia and Azerbaijan mediated by Russia failed.",
       {"RUS ARM 045", "RUS AZE 045", "ARM AZE 046", "AZE ARM 046"}},
      // "his country" opening a clause is the speaker's; breaking relations said to be coming is a threat.
      {"Colombia's president said his country would break diplomatic relations with Israel.", {"COL ISR 1313"}},
      {"Turkey said it would cut ties with Israel.", {"TUR ISR 1313"}},
      {"Xi welcomed Putin to his country.", {"CHNGOV RUSGOV 043"}},
      {"Pakistan's decision to expel hundreds of thousands of Afghan refugees drew criticism from the UN.",
       {"UN PAK 111", "PAK AFGREF 201"}},
      {"Chinese coast guard ships fired water cannon at a Philippine vessel.", {"CHNMIL PHL 194"}},
      {"The International Criminal Court opened an investigation into war crimes committed by Russian forces.",
       {"ICC RUSMIL 094"}},
      // What one demands be done is not done (a demand to withdraw, 1056).
      {"Ukraine demanded on Thursday that Russia immediately withdraw its troops from the nuclear plant.",
       {"UKR RUS 1056"}},
      {"The kidnappers held her hostage with the demand that Italy withdraw its troops from Iraq.", {}},
      {"The report said that Russia withdrew its troops from Kherson.", {"RUS UKR 0874"}},
      // A reaction after a comma is to the sentence's first clause; a go-between of a declaration signed.
      {"Israel's parliament approved a law on Monday banning the U.N. agency for Palestinian refugees from operating "
       "in Israel, drawing criticism from the United States.",
       {"ISRLEG UN 172", "USA ISRLEG 111"}},
      {"Fatah and Hamas signed a declaration in Beijing to end their rift, in a deal brokered by China.",
       {"PSEPTY HMS 057", "HMS PSEPTY 057", "CHN PSEPTY 045", "CHN HMS 045"}},
      // What one voted on a day to do is done.
      {"Iraq's parliament voted on Sunday to expel U.S. troops from the country.", {"IRQLEG USAMIL 174"}},
      // An armed group's own commanders and fighters are the group.
      {"Israel killed Hamas's military commander in Gaza.", {"ISR HMS 190"}},
      {"Russia's military shelled Kharkiv.", {"RUSMIL UKR 194"}},
      {"Fighters from Islamic State West Africa Province abducted aid workers in northeastern Nigeria.",
       {"ISWAP NGANGO 181"}},
      {"Troops from Russia attacked Ukraine.", {"RUSMIL UKR 190"}},
      // A future denied is a refusal where a pattern names "refused to".
      {"North Korea will not return to negotiations with the United States, its foreign ministry said.",
       {"PRK USA 125"}},
      {"Serbia will not recognize Kosovo, President Vucic said on Tuesday.", {"SRB XKX 120"}},
      {"Hamas said it would not release the Israeli hostages.", {"HMS ISRCVL 1243"}},
      {"The Security Council said it will not lift the sanctions on Iraq.", {"UNSC IRQ 1244"}},
      {"Obama rejected accusations that he wouldn't pull troops out of Iraq if elected.", {}},
      {"The Security Council did not lift the sanctions on Iraq.", {}},
      // Two who speak by phone consult each other; one named with an aside is one.
      {"Putin and Obama spoke by telephone on Wednesday.", {"RUSGOV USAGOV 041", "USAGOV RUSGOV 041"}},
      {"Tammam Salam, the Lebanese Prime Minister, talked to the French Prime Minister on the phone.",
       {"LBNGOV FRAGOV 040"}},
      // A place south of a city is where one meets, not whom.
      {"Obama and Xi met at an estate south of San Francisco.", {"USAGOV CHNGOV 040", "CHNGOV USAGOV 040"}},
      // Agents' targets in a country are that country's.
      {"Israeli warplanes struck military targets in Iran.", {"ISRMIL IRNMIL 195"}},
      // Fighting between two sides, past where and when it broke out.
      {"Fighting erupted in Khartoum on Saturday between the Sudanese army and the Rapid Support Forces.",
       {"SDNMIL RSF 190", "RSF SDNMIL 190"}},
      {"Fighting erupted near the border between the Sudanese army and the Rapid Support Forces.", {}},
      // A verb after "and" goes on from the finite verb, not a gerund after "of".
      {"The United States accused the RSF of committing genocide in Sudan and imposed sanctions on its leader, "
       "Mohamed Hamdan Dagalo.",
       {"USA RSF 1124", "USA RSF 163"}},
      {"Colombia accused Venezuela of giving protection and support to the FARC.", {"COL VEN 112", "VEN FARC 051"}},
      // Sides to a conflict are no political parties.
      {"China's foreign ministry called on all parties to exercise restraint.", {}},
      {"The UN urged the warring parties in Yemen to return to talks.", {"UN YEM 026"}},
      {"Annan commended the two parties of Ghana.", {"GHAELI GHAPTY 051"}},
      // A weapon's model between nationality and agent.
      {"Russian Su-34 bombers struck Kharkiv.", {"RUSMIL UKR 195"}},
      {"Israeli F-16 warplanes struck Gaza City.", {"ISRMIL PSE 195"}},
      // "what it called" names; an earlier "it" is no nearer than the actor after it.
      {"India struck what it called \"terrorist infrastructure\" in Pakistan early on Wednesday, and Pakistan said it "
       "shot down five Indian jets.",
       {"IND PAKREB 190", "PAK INDMIL 190"}},
      {"Israel tightened sanctions on Hamas since it seized control of Gaza, when it routed the Fatah forces.",
       {"ISR HMS 163", "HMS PSE 192", "HMS PSEPTY 190"}},
      // A package of sanctions adopted is imposed; a resolution demanding them is not, but demands them
      // (as "The UN General Assembly demanded sanctions on Israel" does).
      {"EU foreign ministers adopted a 14th package of sanctions against Russia on Monday.", {"EUGOV RUS 163"}},
      {"The UN General Assembly adopted a resolution demanding sanctions on Israel.", {"UNGA ISR 100"}},
      // A truce begun or taking effect between two.
      {"Israel and Hamas began a four-day truce on Friday.", {"ISR HMS 0871", "HMS ISR 0871"}},
      {"A ceasefire between Israel and Hezbollah took effect on Wednesday.", {"ISR HEZ 0871", "HEZ ISR 0871"}},
      {"A ceasefire between Israel and Hezbollah will take effect on Wednesday.", {}},
      // A clash between two people is of words.
      {"Days after a heated Oval Office clash between Obama and Putin, talks stopped.", {}},
      {"Clashes between Israeli troops and Palestinians killed two.", {"ISRMIL PSE 190", "PSE ISRMIL 190"}},
      // An agent word qualifying a noun is no one acted on; the phrase's partner may be.
      {"Seoul partially suspended a military pact with Pyongyang.", {"KORGOV PRKGOV 160"}},
      {"Obama condemned Republican calls for a parliamentary vote on any military intervention.", {}},
      {"Khamenei met with army personnel and their families on Sunday.", {"IRNGOV IRNMIL 040"}},
      // Pausing aid or talks.
      {"The United States paused all military aid to Ukraine on Monday.", {"USA UKR 1622"}},
      {"Saudi Arabia paused talks with Israel.", {"SAU ISR 164"}},
      // "them": the ones acted on before, named in the plural.
      {"Burkina Faso's junta expelled three French diplomats, accusing them of subversive activities.",
       {"BFAMIL FRAGOV 161", "BFAMIL FRAGOV 112"}},
      {"Obama welcomed the Afghan refugees and thanked them.", {"USAGOV AFGREF 073", "USAGOV AFGREF 051"}},
      {"Israeli troops raided homes in the Palestinian territories, beating them.", {"ISRMIL PSE 190"}},
      // What one tells another a third must do is a demand on the third.
      {"Wang Yi told his U.S. counterpart that Washington must stop suppressing China.", {"CHNGOV USAGOV 100"}},
      // Not letting another do something, standing idly by, keeping force open: threats.
      {"\"We will not allow Iran to obtain a nuclear weapon,\" Netanyahu told reporters.", {"ISRGOV IRN 130"}},
      {"Hezbollah said it would not stand idly by if Israel launched a ground invasion of Gaza.", {"HEZ ISR 130"}},
      {"Obama refused to rule out military action against Iran.", {"USAGOV IRN 138"}},
      {"Obama will not rule out the use of force against Syria, the White House said.", {"USAGOV SYR 138"}},
      {"Iran said it would not allow inspectors from the IAEA.", {"IRN IAEA 1245"}},
      // Ultimatums: a deadline given to do something.
      {"Obama gave Iran until Saturday to release all the hostages.", {"USAGOV IRN 139"}},
      {"The Sudanese army gave the Rapid Support Forces 72 hours to withdraw from Khartoum.", {"SDNMIL RSF 139"}},
      {"Israel gave Palestinians in northern Gaza 24 hours to leave.", {"ISR PSE 174"}},
      // Names that insult.
      {"Kim Jong Un called South Korea the North's \"primary foe\" in a speech.", {"PRKGOV KOR 111"}},
      {"Putin called Obama a partner.", {}},
      // "them" may be agents whose country the sentence tells.
      {"The Georgian prime minister threatened to ban the main opposition parties, accusing them of "
       "plotting a coup.",
       {"GEOGOV GEOOPP 1322", "GEOGOV GEOOPP 112"}},
      // Agreeing to hold talks is an intent to negotiate, not an agreement on what they are about.
      {"Armenia and Azerbaijan agreed to hold further talks on a peace treaty next week.",
       {"ARM AZE 036", "AZE ARM 036"}},
      // An owner of a noun is no slot before the pattern's preposition.
      {"Kyiv welcomed Washington's decision to resume intelligence sharing.", {"UKRGOV USAGOV 051"}},
      {"Poroshenko welcomed Cameron to Kyiv.", {"UKRGOV GBRGOV 043"}},
      // A response promised is a threat; one given in anger a criticism.
      {"Moscow will respond firmly to any deployment of U.S. missiles in Germany, Lavrov said.", {"RUSGOV USA 130"}},
      {"China responded angrily to the US decision.", {"CHN USA 111"}},
      {"The government responded to the protests with tear gas.", {}},
      // Threatening to leave talks (134).
      {"Iran threatened to suspend talks with the IAEA.", {"IRN IAEA 134"}},
      // "no longer" negates: a denied future refuses.
      {"Iran will no longer negotiate with the United States.", {"IRN USA 125"}},
      // A named person killed is assassinated (186); people unnamed are not.
      {"Israel killed Hamas leader Yahya Sinwar in Gaza.", {"ISR HMS 186"}},
      {"Israel killed two Hamas commanders in Gaza.", {"ISR HMS 190"}},
      // A plain qualifier may stand between a nationality and its agent.
      {"Ukraine said its drones hit Russian strategic bombers.", {"UKRMIL RUSMIL 195"}},
      // A judgement said of an actor criticizes it, with the speaker before or after.
      {"The G7 communique was \"full of lies\", China's foreign ministry said.", {"CHNGOV GSEVEN 111"}},
      {"Lavrov said the American decision was a grave mistake.", {"RUSGOV USA 111"}},
      {"Lavrov said the American decision was not a provocation.", {}},
      {"Britain's decision to expel Russian diplomats was a provocation, Zakharova said.", {"GBR RUSGOV 161"}},
      // A title after a person's name, set off by commas, is that person's.
      {"Jean-Claude Juncker, the president of the European Commission, urged Britain to begin talks.", {"EU GBR 026"}},
      {"Merkel, the French president, and the British prime minister urged Iran to end the blockade.",
       {"DEUGOV IRN 0256", "FRAGOV IRN 0256", "GBRGOV IRN 0256"}},
      // An act named by a noun is denied with its verb.
      {"Israeli officials said that the army had not carried out any air strikes in Lebanon.", {}},
      // The body whose summit is the venue is no party to talks held there.
      {"Xi Jinping and Shinzo Abe held talks on the sidelines of the APEC summit in Beijing.",
       {"CHNGOV JPNGOV 046", "JPNGOV CHNGOV 046"}},
      // Protesters gathering to demand a change demonstrate for it; a demand alone is one.
      {"Protesters gathered in Cairo's Tahrir Square, demanding that President Abdel Fattah el-Sisi step down.",
       {"EGYPTR EGYGOV 1411"}},
      {"The rioters were demanding the resignation of Prime Minister Sheikh Hasina.", {"BGDPTR BGDGOV 1041"}},
      // "the African Union's Peace and Security Council" is the AU's, not the UN's.
      {"The African Union's Peace and Security Council approved a peacekeeping mission for Somalia.", {"AU SOM 0334"}},
      // An act of conflict agreed on is coded as that act, not as cooperation.
      {"The EU agreed to impose sanctions on Iran.", {"EU IRN 163"}},
      {"EU ministers agreed on Monday to ban imports of Iranian oil.", {"EUGOV IRN 172"}},
      {"China and Russia agreed to expand trade.", {"CHN RUS 0311", "RUS CHN 0311"}},
      // A verb of conflict stops a pattern of cooperation: rejecting talks is not appealing for them.
      {"Bin Laden called on Palestinians to reject negotiations.", {"AQ PSE 020"}},
      // "naval" may stand between a nationality and its agent.
      {"Israeli naval commandos stormed a flotilla, killing nine Turkish activists.", {"ISRMIL TURCVL 190"}},
      // What force answers is no target when a place struck is named before it.
      {"Israel carried out air strikes across the Gaza Strip in response to rocket fire from Hamas.", {"ISR PSE 195"}},
      {"U.S. forces destroyed the platform in retaliation for an Iranian missile attack.", {"USAMIL IRN 1712"}},
      // "North and South Korea" are both.
      {"China urged North and South Korea to exercise restraint.", {"CHN KOR 0256", "CHN PRK 0256"}},
      // Fire returned in the same sentence answers the force used there.
      {"North Korean artillery shelled a South Korean island, and South Korea's military returned fire.",
       {"PRKMIL KOR 194", "KORMIL PRKMIL 193"}},
      // Protesters fired at in a place of one's own country are its protesters.
      {"Thai troops fired live rounds at anti-government protesters in central Bangkok.", {"THAMIL THAPTR 175"}},
      // A verdict on an act named again in the sentence is on its doer; a list ends at its "and".
      {"North Korea launched a rocket on Sunday, and Japan, South Korea and the United States condemned the launch.",
       {"JPN PRK 111", "KOR PRK 111", "USA PRK 111"}},
      {"Russia annexed Crimea, and the EU condemned the move.", {"RUS UKR 192", "EU RUS 111"}},
      // The doer of a noun before an -ing form opens no clause.
      {"EU leaders condemned remarks by Iranian President Mahmoud Ahmadinejad calling for a boycott.",
       {"EUGOV IRNGOV 111"}},
      // Where ministers meet is not whom they meet; where one visits is.
      {"Arab League ministers meeting in Cairo asked the UN Security Council to act.", {"ARLGOV UNSC 020"}},
      {"Obama visited the Western Wall in Jerusalem.", {"USAGOV ISR 042"}},
      // A leader welcomed by another is hosted.
      {"Putin was welcomed in Pyongyang by North Korean leader Kim Jong Un.", {"PRKGOV RUSGOV 043"}},
      // Insults: "the devil".
      {"Maduro called Obama \"the devil\" in a speech to the UN General Assembly.", {"VENGOV USAGOV 111"}},
      // A capital visited is the country, as TABARI and PETRARCH code it; a
      // seat of power named as such is the government.
      {"Trudeau arrived in Hanoi on Sunday.", {"CANGOV VNM 042"}},
      {"Cameron arrived at Camp David on Sunday.", {"GBRGOV USAGOV 042"}},
      {"Cameron visited the Kremlin.", {"GBRGOV RUSGOV 042"}},
      // "rejected as "groundless" U.S. accusations": "as" and a judgement open no clause.
      {"China rejected as \"groundless\" U.S. and British accusations of cyberattacks.",
       {"CHN USA 016", "CHN GBR 016"}},
      // "the Salisbury poisoning" is a name's event, not a verb.
      {"Moscow refused to hand the suspects in the Salisbury poisoning to Britain.", {"RUSGOV GBR 120"}},
      // What one should do, said with the speaker after it, is an appeal.
      {"Washington should stop arming Taiwan, Chinese Foreign Minister Wang Yi said.", {"CHNGOV USAGOV 020"}},
      // Harm foretold to an actor is a threat; denied, it is none.
      {"Khamenei vowed that Israel would be \"harshly punished\" for the killing.", {"IRNGOV ISR 130"}},
      {"Israel will pay a heavy price, Khamenei said.", {"IRNGOV ISR 130"}},
      {"Khamenei said Israel would not be punished.", {}},
      // Threatening to target or hit back is a threat of force.
      {"The Houthis threatened to target American warships.", {"HTH USAMIL 138"}},
      // A verdict in the passive on an act is on the one whose act it is.
      {"Ben-Gvir's visit to the Al-Aqsa mosque compound was condemned by Jordan and Egypt.",
       {"JOR ISRPTY 111", "EGY ISRPTY 111"}},  // Ben-Gvir led a party in 2015
      {"The decision was condemned by Russia.", {}},
      // "Senate Democrats" are the legislature's.
      {"Senate Democrats criticised the White House over the deal.", {"USALEG USAGOV 111"}},
      // The one told in a phone call was called.
      {"Putin told Erdogan in a phone call that Russia would respond.", {"RUSGOV TURGOV 041"}},
      {"Putin told reporters in a phone call.", {}},
      // Found in review: a judgement heads what follows the verb, is not denied, and judges an act's owner only.
      {"Obama said Pakistan was an ally against terrorists.", {}},
      {"Putin said Syria was a victim of terrorists.", {}},
      {"Obama said Iran has never been a threat to Israel.", {}},
      {"Obama said Iran was no threat to Israel.", {}},
      // ... a concession agreed to is no act of conflict; sanctions extended are imposed.
      {"Iran agreed to curb its nuclear program in a deal with the United States.", {"IRN USA 030"}},
      {"The EU agreed to extend sanctions against Russia by six months.", {"EU RUS 163"}},
      // ... a civilian or soldier named and killed is not assassinated.
      {"Russian forces killed Ukrainian civilian Oleksandr Shelipov in Sumy.", {"RUSMIL UKRCVL 190"}},
      // ... a forecast of defeat is no threat; punishment of one's own is none.
      {"Obama said Romney would be defeated in November.", {}},
      {"Putin said Russian soldiers would be punished if they committed crimes.", {}},
      // ... "the move" is the main clause's act.
      {"Germany agreed to send tanks after Ukraine asked for them, and Russia condemned the move.",
       {"RUS DEU 111", "DEU UKR 0332"}},
      // ... a government welcomed is praised, a leader welcomed hosted.
      {"The new Greek government was welcomed by German Chancellor Angela Merkel.", {"DEUGOV GRCGOV 051"}},
      // ... "no" after a verb denies its act.
      {"Israel launched no air strikes on Gaza overnight.", {}},
      // ... a title in an aside codes the person when the dictionaries give no office then.
      {"Kaja Kallas, the EU foreign policy chief, criticized Russia.", {"EU RUS 111"}},
      // ... a summit's body is no party to talks of one.
      {"Obama held talks on the sidelines of the APEC summit in Beijing.", {}},
      // Sixteenth round. Each member of a pair trades accusations or fire with the other.
      {"Armenia and Azerbaijan traded accusations over a ceasefire violation.", {"ARM AZE 112", "AZE ARM 112"}},
      {"India and Pakistan traded fire across the Line of Control.", {"IND PAK 193", "PAK IND 193"}},
      // ... an armed group's fighters are the group.
      {"The Kosovo Liberation Army ambushed a Serbian police patrol.", {"KLA SRBCOP 190"}},
      {"TPLF fighters attacked government troops.", {"TPLF ETHMIL 190"}},
      // ... protesters who act "to demand" a leader's fall demonstrate for it.
      {"Thai protesters occupied Bangkok's airports to demand the resignation of Prime Minister Prayut Chan-o-cha.",
       {"THAPTR THAGOV 1411"}},
      {"Thousands of Egyptians took to the streets of Cairo to demand the ouster of President Abdel Fattah al-Sisi.",
       {"EGY EGYGOV 1411"}},
      // ... a capital gone through is a place, not an actor opening a clause.
      {"Opposition supporters marched through Harare demanding that Mugabe step down.", {"ZWEOPP ZWEGOV 1411"}},
      // ... "hit back at" a capital: its government.
      {"The Chinese foreign ministry hit back at Washington.", {"CHNGOV USAGOV 111"}},
      // ... rebels joined to a country's government are that country's; the capital after them is where.
      {"Kazakhstan hosted talks between the Syrian government and the rebels in Astana.",
       {"KAZ SYRGOV 045", "KAZ SYRREB 045", "SYRGOV SYRREB 046", "SYRREB SYRGOV 046"}},
      // ... security forces meeting protesters confront them; tear gas on people is repression.
      {"Egyptian protesters were met by security forces in Cairo.", {}},
      {"Egyptian police fired in the air and threw tear gas at the protesters.", {"EGYCOP EGYPTR 175"}},
      // ... a base form after an infinitive is its object: "agreed to boost trade".
      {"Tanzania agreed to boost trade with Kenya.", {"TZA KEN 0311"}},
      // ... what a resolution does ("calling for", "imposing"), the body that adopts it does.
      {"Georgia's parliament adopted a resolution calling for Russian troops to withdraw from Abkhazia.",
       {"GEOLEG RUSMIL 020"}},
      {"A Security Council resolution imposing sanctions on Iran was adopted on Saturday.", {"UNSC IRN 163"}},
      // ... armed forces' support is fighting alongside; driving fighters out is force, out of the country expulsion.
      {"The Malian army, supported by French warplanes, drove Islamist fighters out of Timbuktu.",
       {"MLIMIL MLIREB 190"}},
      {"North Korea drove UN inspectors out of the country.", {"PRK UN 174"}},
      // ... rebels joined by "and" and a modifier to a country's government are its rebels.
      {"Norway praised the Philippine government and communist rebels.", {"NOR PHLGOV 051", "NOR PHLREB 051"}},
      {"The Ivorian government and New Forces rebels signed a peace deal.", {"CIVGOV CIVREB 057", "CIVREB CIVGOV 057"}},
      // ... a high commissioner is a diplomat.
      {"Pakistan summoned the Indian deputy high commissioner.", {"PAK INDGOV 110"}},
      // ... talks between two go on past an article or a phrase of what about; mediated talks are negotiations.
      {"Talks between the Syrian government and Turkey resumed.", {"SYRGOV TUR 046", "TUR SYRGOV 046"}},
      {"Talks between Egypt and Ethiopia over the Nile dam ended without agreement.", {"EGY ETH 046", "ETH EGY 046"}},
      {"Egypt brokered talks between Israel and Hamas.", {"EGY ISR 045", "EGY HMS 045", "ISR HMS 046", "HMS ISR 046"}},
      // ... an envoy recalled from a capital is recalled from its country.
      {"Indonesia recalled its ambassador from Canberra.", {"IDN AUS 161"}},
      // ... a visit in a phrase of when is the subject's.
      {"Japan's prime minister pledged loans to Myanmar during a visit to Yangon.",
       {"JPNGOV MMR 0331", "JPNGOV MMR 042"}},
      // ... accused of shelling: of aggression.
      {"Ukraine accused Russia of shelling Kharkiv.", {"UKR RUS 1123"}},
      // ... demanded that one of another agency resign.
      {"Kyrgyz opposition leaders demanded on Wednesday that President Almazbek Atambayev resign.",
       {"KGZOPP KGZGOV 1041"}},
      // ... police an armed group frees are of its country; unidentified gunmen are no actor.
      {"Colombia's FARC rebels freed three policemen.", {"FARC COLCOP 0841"}},
      {"Unidentified gunmen shot dead a Honduran journalist in San Pedro Sula.", {}},
      // ... "U.N.-backed" is a word of its own: the government is backed, not the UN attacked.
      {"Rebels attacked the U.N.-backed government in Tripoli.", {"LBYREB LBYGOV 190"}},
      // ... "him" after a verb is not its subject, but one titled and named before.
      {"Bolivian President Evo Morales expelled U.S. Ambassador Philip Goldberg, accusing him of conspiring.",
       {"BOLGOV USAGOV 161", "BOLGOV USAGOV 112"}},
      // ... a day named after the verb does not part it from its pattern.
      {"The Security Council demanded on Thursday that South Sudan withdraw its troops.", {"UNSC SSD 1056"}},
      // ... ground held by an enemy, seized from it; "suspected" members arrested.
      {"Sri Lankan troops seized the last stretch of coastline held by the Tamil Tigers.", {"LKAMIL LTTE 192"}},
      {"Salvadoran police arrested more than 1,000 suspected members of the MS-13 gang.", {"SLVCOP MSXIII 173"}},
      // ... "set fire" after a place; protesters who destroy property riot.
      {"Protesters in the Bosnian town of Tuzla set fire to the regional government headquarters.",
       {"BIHPTR BIHGOV 145"}},
      // ... troops storming a protest camp put down its protesters.
      {"Thai troops stormed the protest camp in central Bangkok.", {"THAMIL THAPTR 175"}},
      // ... an agent "in the northern Malian town" is Mali's.
      {"Tuareg rebels of the MNLA besieged the army garrison in the northern Malian town of Tessalit.",
       {"MNLA MLIMIL 191"}},
      // ... a labour federation is labour; disaster victims are civilians evacuated.
      {"South Africa's biggest labour federation staged a nationwide strike.", {"ZAFLAB ZAFGOV 143"}},
      {"South African military helicopters evacuated flood victims from rooftops in Mozambique.", {"ZAFMIL MOZ 073"}},
      // ... power seized is a coup, no confiscation; appeals to send peacekeepers or to extradite.
      {"Hamas seized power in Gaza.", {}},
      {"Kazakhstan asked the CSTO to send peacekeeping troops.", {"KAZ CSTO 0234"}},
      {"Peru asked Chile to extradite Alberto Fujimori.", {"PER CHL 0213"}},
      // ... a judgement of what one did, "as" the pattern's word; acts called crimes.
      {"France described Turkey's behaviour as unacceptable.", {"FRA TUR 111"}},
      {"Iran called the U.S. sanctions a crime against humanity.", {"IRN USA 111"}},
      {"India took issue with Pakistan's remarks at the United Nations.", {"IND PAK 111"}},
      {"The European Union questioned Hungary's commitment to the rule of law.", {"EU HUN 110"}},
      // ... retaliation promised if another acts threatens it; response to aggression, force.
      {"Russia said it would retaliate if NATO deployed missiles in Poland.", {"RUS NATO 130"}},
      {"Pakistan vowed to respond to any Indian aggression.", {"PAK IND 138"}},
      // ... "Merkel's talks with Putin": the owner's contact; not one to come.
      {"Merkel's talks with Putin ended without a breakthrough.", {"DEUGOV RUSGOV 046"}},
      {"Obama's planned meeting with Castro was cancelled.", {}},
      // ... a decision welcomed is praised, not hosted; willingness to mediate.
      {"Ukraine welcomed the EU decision to grant it candidate status.", {"UKR EU 051"}},
      {"Saudi Arabia expressed willingness to mediate between Iran and the United States.",
       {"SAU IRN 039", "SAU USA 039"}},
      // ... the doer of an act or weapon that is the subject, named after "by".
      {"An airstrike by Israel killed five Hamas fighters.", {"ISR HMS 195"}},
      {"A roadside bomb planted by Taliban insurgents killed four U.S. soldiers.", {"TLB USAMIL 1833"}},
      // ... harmed in a clash with another: the two fought; forces clashing with protesters repress them.
      {"Twenty Indian soldiers were killed in a clash with Chinese troops.",
       {"INDMIL CHNMIL 190", "CHNMIL INDMIL 190"}},
      {"Three Palestinian protesters were injured in clashes with Israeli forces.",
       {"PSEPTR ISRMIL 145", "ISRMIL PSEPTR 175"}},
      // ... drills launched around another.
      {"China launched military drills around Taiwan.", {"CHN TWN 150"}},
      // ... an offensive or a siege ordered against another.
      {"Prime Minister Abiy Ahmed ordered a military offensive against the Tigray People's Liberation Front.",
       {"ETHGOV TPLF 190"}},
      {"Israel's defence minister ordered a complete siege of the Gaza Strip.", {"ISRMIL PSE 191"}},
      // Found in review of the sixteenth round.
      {"During a visit to Yangon, Abe pledged loans to Myanmar.", {"JPNGOV MMR 0331"}},
      {"North Korea fired a missile during a visit to Seoul by John Kerry.", {"USAGOV KOR 042"}},
      {"Russia and China vetoed a Security Council resolution imposing sanctions on Syria.",
       {"RUS UNSC 129", "CHN UNSC 129"}},
      {"Kenya said the EU would help it fight piracy.", {}},
      {"The Taliban attacked the Afghan government and foreign troops.", {"TLB AFGGOV 190"}},
      {"Kazakhstan hosted talks between the Syrian government and Islamist rebels in Astana.",
       {"KAZ SYRGOV 045", "KAZ SYRREB 045", "SYRGOV SYRREB 046", "SYRREB SYRGOV 046"}},
      {"Malian army officers met Tuareg rebel leaders for peace talks.", {"MLIMIL MLIREB 046"}},
      {"The Egyptian army supported President Sisi.", {"EGYMIL EGYGOV 051"}},
      {"Three Afghan children were killed in fighting with Taliban insurgents.", {"TLB AFGCVL 190"}},
      {"Kerry's meeting with Lavrov was postponed.", {}},
      {"Merkel's talks with Putin failed to produce a deal that would end the war.", {"DEUGOV RUSGOV 046"}},
      {"Iran said it would retaliate if Israel were to attack its nuclear sites.", {"IRN ISR 130"}},
      {"Kenyan police drove Somali refugees out of Nairobi.", {"KENCOP SOMREF 174"}},
      {"Protesters threw tear gas canisters back at Egyptian police.", {"EGYPTR EGYCOP 145"}},
      {"Hamas freed a soldier.", {}},
      // ... a presidential guard is the army.
      {"Members of Niger's presidential guard detained President Mahamadou Issoufou.", {"NERMIL NERGOV 173"}},

      // Guards found in review.
      {"Israel accused Lebanon's Hezbollah of firing rockets at Israel.", {"ISR HEZ 1123"}},
      {"Kenya's opposition leader criticised police brutality during the protests.", {"KENOPP KENCOP 111"}},
      {"The truce between Israel and Hamas began to unravel.", {}},
      {"Violations of the ceasefire between Israel and Hezbollah began within hours.", {}},
      {"The armed wing of Hezbollah said it had attacked an Israeli army post.", {"HEZ ISRMIL 190"}},
      {"Israel said it had struck Hamas, which it accused of violating the ceasefire.", {"ISR HMS 190", "ISR HMS 112"}},
      {"Iran said it would not allow IAEA inspectors to visit the Fordow site.", {"IRN IAEA 1245"}},
      {"Poroshenko called Obama to discuss ways to defeat the enemy.", {"UKRGOV USAGOV 041"}},
      {"Mahmoud Abbas, the Palestinian president and Fatah leader, spoke by phone on Monday.", {}},
      {"All parties in Lebanon condemned Israel.", {"LBNPTY ISR 111"}},
      {"Russia will not recognize the election results, the Kremlin said.", {}},
      {"Israel would not release Palestinian prisoners, Netanyahu said.", {"ISR PSE 1243"}},
      {"Iran would attack Israel, analysts said.", {}},
      {"Fighting erupted in Sudan on Saturday between the army and the Rapid Support Forces.",
       {"SDNMIL RSF 190", "RSF SDNMIL 190"}},
      {"Georgian police arrested dozens of protesters in Tbilisi, accusing them of violence.",
       {"GEOCOP GEOPTR 173", "GEOCOP GEOPTR 112"}},
      {"He was responding to Iran's announcement that it had launched an offensive against Iraq.", {"IRN IRQ 190"}},
      // (Calls for sanctions, not sanctions imposed: as "The Security Council called for new sanctions on North
      // Korea".)
      {"The Security Council adopted a resolution calling for new sanctions on North Korea.", {"UNSC PRK 113"}},
      {"Egypt insisted Israel withdraw from the Rafah crossing.", {}},
      {"Russia and China vetoed a resolution brokered by the United States.", {}},
      {"The strike could force Israel to attack Iran.", {}},
      {"The Iranian foreign minister, speaking in Moscow, said his country would send aid to Lebanon.",
       {"IRN LBN 033"}},
      {"NATO Secretary General Jens Stoltenberg - speaking in Kyiv on Monday - condemned Russia.", {"NATO RUS 111"}},
      {"Hamas rejected the ceasefire offer, a proposal Israel welcomed.", {}},
      {"Russia accused Ukraine of shelling the plant, an accusation Kyiv denied.", {"RUS UKR 1123", "UKRGOV RUS 016"}},
      {"Egypt's proposal drew a positive response from Hamas.", {}},
      {"Ukraine's bid drew praise from France.", {"FRA UKR 051"}},
      {"Egyptian officials said Hamas had rejected the proposal, demanding that Israel withdraw from Gaza.",
       {"HMS ISR 1056"}},
      {"The statement was signed by the United States, Britain and France.", {}},
      {"Talks between Israel and Hamas will resume next week.", {"ISR HMS 036", "HMS ISR 036"}},
      {"Afghan police said Taliban militants attack convoys regularly and ambushed an Afghan army patrol.",
       {"TLB AFGMIL 190"}},
      {"Syria UN envoy Staffan de Mistura urged Israel to halt strikes.", {"UN ISR 020"}},
      {"Yemeni rebels attacked pro-government forces.", {"YEMREB YEMMIL 190"}},
      {"Jiji said RWB requested Japanese government sanction of Myanmar.", {}},
      // Force against a country gives way to the same force against its people named too.
      {"Al-Shabaab militants stormed a hotel in Mogadishu, killing at least 15 people.", {"SHABAB SOMCVL 190"}},
      {"Russian troops captured Bakhmut, killing dozens of Ukrainian soldiers.",
       {"RUSMIL UKR 192", "RUSMIL UKRMIL 190"}},
      // Government forces are the military; a water tank is no armour.
      {"Syrian government forces bombed rebel-held towns.", {"SYRMIL SYRREB 195"}},
      {"Syrian government spokesman criticized Turkey.", {"SYRGOV TUR 111"}},
      {"Indian police arrested a man in Mumbai on Saturday for allegedly killing his wife and hiding her body in a "
       "water tank.",
       {}},
      // Calling an actor names (untrustworthy, the Great Satan) criticizes it.
      {"Iran called the United States the Great Satan.", {"IRN USA 111"}},
      {"Khamenei ruled out talks with the United States, calling Washington untrustworthy.",
       {"IRNGOV USA 125", "IRNGOV USAGOV 111"}},
      // A judgement of the clause before, by the actor right before the verb.
      {"Russia accused Britain of lying, an accusation London denied.", {"RUS GBR 112", "GBRGOV RUS 016"}},
      {"The Taliban barred women from working, a move the UN condemned.", {"UN TLB 111"}},
      // A reaction drawn from one is that one's.
      {"Iran executed a man on Saturday, drawing condemnation from the European Union.", {"EU IRN 111"}},
      {"Spain recognised a Palestinian state on Tuesday, a move that drew a furious response from Israel.",
       {"ESP PSE 054", "ISR ESP 111"}},
      {"Macron said he did not rule out sending troops to Ukraine, drawing swift rejection from Germany.",
       {"DEU FRAGOV 120"}},
      // A country's envoy to a body is the country's.
      {"Russia's UN envoy criticized Britain.", {"RUSGOV GBR 111"}},
      {"The British UN ambassador criticized Russia.", {"GBRGOV RUS 111"}},
      {"The UN envoy criticized Britain.", {"UNGOV GBR 111"}},
      // A past verb after "and", past a reported clause in the present, is the speaker's.
      {"John Kerry said the US condemns this act and called upon Belarus to act.", {"USAGOV BLR 020"}},
      {"U.S. officials said the United States was willing to sell a computer but had offered India a choice.",
       {"USA IND 030"}},
      // A participle between a verb and its plain object is an adjective.
      {"Greek Prime Minister Andreas Papandreou expressed restricted optimism about the crisis with Turkey.",
       {"GRCGOV TUR 013"}},
      {"Iran has successfully tested the Kowsar missile, and a flying boat, Iran state media report.", {}},
      // Politicians with no country of their own are the article's.
      {"Iraq is at war. Iraq is in crisis. Another Sunni politician called on the United Nations to intervene.",
       {"IRQELI UN 020"}},
  };
  for (const Case& c : cases) {
    INFO(c.sentence);
    extract::Article a{"t", "", "2015-12-02", "", "", c.sentence, ""};
    std::vector<std::string> got;
    for (const Event& e : coder.CodeArticle(a)) got.push_back(e.source + " " + e.target + " " + e.code);
    CHECK(got == c.events);
  }
}
