/**
 * The articles of the sample archive: campaign news, urgent actions and petitions in
 * English, Russian and Kazakh. Each opens with its own lead; the background of the case,
 * the advice on writing and the note about the campaign are written from the facts in
 * sample-cast.ts, so that the articles agree with the records they mention.
 */
import {
  dottedDate,
  writtenDate,
  type SampleCalendar,
  type SampleLanguage,
} from './sample-calendar';
import {
  OUTLETS,
  PERSON,
  PRISONERS,
  caseOf,
  currentAddress,
  facilityById,
  addressOn,
  personById,
  MILESTONES,
  type SampleCaseFacts,
  type SampleFacility,
  type SamplePerson,
} from './sample-cast';

export interface SampleArticle {
  readonly id: string;
  readonly title: string;
  readonly source: string;
  readonly author: string;
  readonly date: string;
  readonly language: SampleLanguage;
  readonly url: string;
  readonly body: string;
  readonly personIds: readonly string[];
  readonly tags: readonly string[];
  readonly sharing: 'team' | 'public';
}

/** "174 ч.1" as each language cites it. */
function articleRef(language: SampleLanguage, article: string): string {
  const [base, part] = article.split(' ч.');
  if (language === 'en') return part ? `Article ${base}(${part})` : `Article ${base}`;
  if (language === 'ru') return part ? `ч. ${part} ст. ${base}` : `ст. ${base}`;
  return part ? `${base}-бабының ${part}-бөлігі` : `${base}-бабы`;
}

function chargesIn(language: SampleLanguage, person: SamplePerson): string {
  const quoted = caseOf(person.id).charges.map((charge) =>
    language === 'en'
      ? `${articleRef('en', charge.article)} ("${charge.text.en}")`
      : `${articleRef(language, charge.article)} («${charge.text[language]}»)`,
  );
  return quoted.join(language === 'en' ? ' and ' : language === 'ru' ? ' и ' : ' және ');
}

const RU_TIMES = ['', 'один раз', 'дважды', 'трижды', 'четыре раза'];
const EN_TIMES = ['', 'once', 'twice', 'three times', 'four times'];

/** The Russian press spelling, with the Kazakh one beside it when they differ. */
function bothSpellings(person: SamplePerson): string {
  return person.ruName === person.nativeName
    ? person.ruName
    : `${person.ruName} (${person.nativeName})`;
}

/** Where a prisoner's story stood on the day an article appeared. */
type Stage =
  | {
      readonly kind: 'pre-trial';
      readonly facility: SampleFacility;
      readonly times: number;
      readonly until: number;
    }
  | {
      readonly kind: 'house-arrest';
      readonly firstHeld: SampleFacility;
      readonly since: number;
      readonly until: number;
    }
  | { readonly kind: 'convicted'; readonly facility: SampleFacility }
  | { readonly kind: 'taken-away'; readonly from: SampleFacility; readonly on: number }
  | { readonly kind: 'released'; readonly on: number };

/**
 * The stage of a case `asOf` days before now. An article must not know what happened after
 * it was published, so every generated sentence is built from this and not from today's status.
 */
function stageOf(facts: SampleCaseFacts, asOf: number): Stage {
  const happened = (days: number | undefined): days is number => days !== undefined && days >= asOf;
  const facilityAt = (days: number) => {
    const id = addressOn(facts.personId, days).facilityId;
    return id ? facilityById(id) : undefined;
  };
  if (happened(facts.releasedOn)) return { kind: 'released', on: facts.releasedOn };
  if (happened(facts.takenAwayOn)) {
    return {
      kind: 'taken-away',
      from: facilityAt(facts.takenAwayOn + 1) as SampleFacility,
      on: facts.takenAwayOn,
    };
  }
  const decided = facts.extensions.filter(([decidedOn]) => decidedOn >= asOf);
  const until = decided.length > 0 ? decided[decided.length - 1][1] : asOf;
  if (happened(facts.houseArrestFrom)) {
    const firstHeld = facilityAt(facts.arrest - 1) as SampleFacility;
    return { kind: 'house-arrest', firstHeld, since: facts.houseArrestFrom, until };
  }
  const facility = facilityAt(asOf) as SampleFacility;
  if (happened(facts.verdict)) return { kind: 'convicted', facility };
  return { kind: 'pre-trial', facility, times: decided.length, until };
}

/** The background of a prisoner's case as it stood `asOf` days ago, as news items close with it. */
export function caseParagraph(
  language: SampleLanguage,
  person: SamplePerson,
  calendar: SampleCalendar,
  asOf: number,
): string {
  const facts = caseOf(person.id);
  const stage = stageOf(facts, asOf);
  const on = (days: number) => writtenDate(language, calendar.day(days));
  const dotted = (days: number) => dottedDate(calendar.day(days));
  const verdict = facts.verdict !== undefined && facts.verdict >= asOf ? facts.verdict : undefined;
  const appeal = facts.appeal !== undefined && facts.appeal >= asOf ? facts.appeal : undefined;
  const born = person.birthDate.slice(0, 4);
  const f = person.female;
  const sentences: string[] = [];

  if (language === 'en') {
    const [he, him, his] = f ? ['She', 'her', 'her'] : ['He', 'him', 'his'];
    sentences.push(
      `${person.name} (${person.nativeName}), ${person.occupation.en}, was born in ${born}. ${he} was arrested on ${on(facts.arrest)} and charged under ${chargesIn('en', person)} of the Criminal Code of Kazakhstan.`,
    );
    if (verdict !== undefined && facts.term) {
      sentences.push(
        `On ${on(verdict)} the ${facts.court.en} sentenced ${him} to ${facts.term.en}.`,
      );
    }
    if (appeal !== undefined) sentences.push(`The appeal was rejected on ${on(appeal)}.`);
    if (stage.kind === 'convicted') {
      sentences.push(
        `${he} is held in ${stage.facility.code}, the ${stage.facility.name}, in ${stage.facility.city.en}.`,
      );
    } else if (stage.kind === 'taken-away') {
      sentences.push(
        `On ${on(stage.on)} ${he.toLowerCase()} was taken from ${stage.from.code} on transfer, and the authorities have still not told the family where ${he.toLowerCase()} is.`,
      );
    } else if (stage.kind === 'released') {
      sentences.push(`${he} served the full sentence and was released on ${on(stage.on)}.`);
    } else if (stage.kind === 'pre-trial') {
      sentences.push(
        `${he} is held in ${stage.facility.code}, the ${stage.facility.name}. The investigating judge has extended ${his} custody ${EN_TIMES[stage.times]}, most recently until ${on(stage.until)}.`,
      );
    } else {
      sentences.push(
        `After two months in ${stage.firstHeld.code}, the court placed ${him} under house arrest on ${on(stage.since)}; it was last extended until ${on(stage.until)}. The trial at the ${facts.court.en} continues.`,
      );
    }
    sentences.push(
      `${he} ${stage.kind === 'released' ? 'always denied' : 'denies'} the charges, and human rights defenders consider the case politically motivated.`,
    );
  } else if (language === 'ru') {
    const [he, him, wasArrested] = f
      ? ['Она', 'её', 'была задержана']
      : ['Он', 'его', 'был задержан'];
    sentences.push(
      `${bothSpellings(person)} — ${person.occupation.ru}, ${born} года рождения. ${he} ${wasArrested} ${on(facts.arrest)}; обвинение предъявлено по ${chargesIn('ru', person)} Уголовного кодекса Республики Казахстан.`,
    );
    if (verdict !== undefined && facts.term) {
      sentences.push(`${on(verdict)} ${facts.court.ru} приговорил ${him} к ${facts.term.ru}.`);
    }
    if (appeal !== undefined) {
      sentences.push(`Апелляционная инстанция оставила приговор без изменения ${on(appeal)}.`);
    }
    if (stage.kind === 'convicted') {
      sentences.push(
        `${he} содержится в учреждении ${stage.facility.code} (${stage.facility.city.ru}).`,
      );
    } else if (stage.kind === 'taken-away') {
      sentences.push(
        `${on(stage.on)} ${him} этапировали из учреждения ${stage.from.code}, и родственникам до сих пор не сообщили, где ${he.toLowerCase()} находится.`,
      );
    } else if (stage.kind === 'released') {
      sentences.push(
        `${he} полностью ${f ? 'отбыла' : 'отбыл'} срок и ${f ? 'вышла' : 'вышел'} на свободу ${on(stage.on)}.`,
      );
    } else if (stage.kind === 'pre-trial') {
      sentences.push(
        `${he} содержится в следственном изоляторе ${stage.facility.code}; следственный судья уже ${RU_TIMES[stage.times]} продлевал срок содержания под стражей, в последний раз — до ${on(stage.until)}.`,
      );
    } else {
      sentences.push(
        `После двух месяцев в СИЗО ${stage.firstHeld.code} суд ${on(stage.since)} перевёл ${him} под домашний арест; в последний раз арест продлён до ${on(stage.until)}. Процесс продолжается.`,
      );
    }
    sentences.push(
      `${he} ${stage.kind === 'released' ? `так и не ${f ? 'признала' : 'признал'}` : 'не признаёт'} вину. Правозащитники считают дело политически мотивированным.`,
    );
  } else {
    // Kazakh puts case endings on dates; "<date> күні" avoids inflecting generated dates.
    const day = (days: number) => `${on(days)} күні`;
    sentences.push(
      `${person.nativeName} — ${person.occupation.kk}, ${born} жылы туған. Ол ${day(facts.arrest)} ұсталды, оған Қазақстан Республикасы Қылмыстық кодексінің ${chargesIn('kk', person)} бойынша айып тағылды.`,
    );
    if (verdict !== undefined && facts.term) {
      sentences.push(`${day(verdict)} ${facts.court.kk} оны ${facts.term.kk} соттады.`);
    }
    if (appeal !== undefined)
      sentences.push(`Апелляциялық сот ${day(appeal)} үкімді өзгеріссіз қалдырды.`);
    if (stage.kind === 'convicted') {
      sentences.push(`Ол ${stage.facility.code} мекемесінде (${stage.facility.city.kk}) отыр.`);
    } else if (stage.kind === 'taken-away') {
      sentences.push(
        `${day(stage.on)} оны ${stage.from.code} мекемесінен этаппен алып кетті; оның қазір қай жерде екенін туыстарына әлі хабарлаған жоқ.`,
      );
    } else if (stage.kind === 'released') {
      sentences.push(`Ол жазасын толық өтеп, ${day(stage.on)} бостандыққа шықты.`);
    } else if (stage.kind === 'pre-trial') {
      sentences.push(
        `Ол ${stage.facility.code} тергеу изоляторында отыр; тергеу судьясы қамау мерзімін ${stage.times} рет ұзартты, соңғы рет ${dotted(stage.until)} ж. дейін.`,
      );
    } else {
      sentences.push(
        `${stage.firstHeld.code} тергеу изоляторында екі ай отырғаннан кейін ${day(stage.since)} сот оны үй қамағына ауыстырды; үй қамағы соңғы рет ${dotted(stage.until)} ж. дейін ұзартылды. Сот процесі жалғасып жатыр.`,
      );
    }
    sentences.push(
      `Ол өзін кінәлі деп ${stage.kind === 'released' ? 'мойындаған жоқ' : 'мойындамайды'}. Құқық қорғаушылар бұл істі саяси астары бар іс деп санайды.`,
    );
  }
  return sentences.join(' ');
}

/** How readers could help a prisoner `asOf` days ago: where and how to write, or why not to. */
export function helpParagraph(
  language: SampleLanguage,
  person: SamplePerson,
  asOf: number,
): string {
  const stage = stageOf(caseOf(person.id), asOf);
  const address = addressOn(person.id, asOf);
  const facility = address.facilityId ? facilityById(address.facilityId) : undefined;
  const envelope = [...address.lines, address.postcode, 'Қазақстан / Казахстан / Kazakhstan'].join(
    '\n',
  );
  const f = person.female;
  const service = facility?.letterRules.eLetterService;

  if (language === 'en') {
    const [he, him, his] = f ? ['she', 'her', 'her'] : ['he', 'him', 'his'];
    if (stage.kind === 'released') {
      return `${person.name} thanks everyone who wrote to ${him}. Letters to ${him} are no longer needed, but the campaign is collecting messages of support for the prisoners who are still inside; send them to the bulletin’s address and volunteers will pass them on.`;
    }
    if (stage.kind === 'taken-away') {
      return `How to help: until ${his} new address is known, please do not send letters to ${stage.from.code}, they will be lost. Instead, write to the penitentiary authorities and ask where ${person.name} is held; a model letter in Russian is available from the campaign. Families have the right to know where a prisoner serves the sentence.`;
    }
    const intro = facility
      ? `How to help: write to ${him}. Letters must be in ${facility.letterRules.language}; the censor reads every one, so write about everyday life, books and news from home rather than about the case.`
      : `How to help: ${he} may receive post at home, though not calls or messages. Write in Russian or Kazakh, by post only.`;
    const channel = service
      ? ` Short letters can also be sent through the e-letter service ${service}, which prints them out in the facility and delivers the answer as a scan.`
      : ' Registered post with a delivery notice is the only way to know that a letter arrived.';
    return `${intro}${channel} The address:\n${envelope}`;
  }
  if (language === 'ru') {
    const [him, his] = f ? ['ей', 'её'] : ['ему', 'его'];
    if (stage.kind === 'released') {
      return `${person.ruName} благодарит всех, кто ${him} писал. Письма ${him} больше не нужны, но кампания собирает слова поддержки для тех, кто остаётся в заключении: присылайте их на адрес бюллетеня, волонтёры передадут.`;
    }
    if (stage.kind === 'taken-away') {
      return `Как помочь: пока новый адрес неизвестен, не отправляйте письма в ${stage.from.code} — они потеряются. Вместо этого напишите в уголовно-исполнительную систему и спросите, где содержится ${person.ruName}; образец обращения на русском языке есть у кампании. Семья имеет право знать, где ${his} держат.`;
    }
    const intro = facility
      ? `Как помочь: напишите ${him}. Письма принимаются только на русском или казахском языке; цензор читает каждое, поэтому пишите о повседневной жизни, книгах и новостях, а не о деле.`
      : `Как помочь: ${f ? 'она' : 'он'} может получать письма домой, но не может пользоваться телефоном и интернетом. Пишите по-русски или по-казахски, только почтой.`;
    const channel = service
      ? ` Короткие письма можно отправить через сервис электронных писем ${service}: письмо распечатают в учреждении, а ответ пришлют сканом.`
      : ' Заказное письмо с уведомлением о вручении — единственный способ узнать, что письмо дошло.';
    return `${intro}${channel} Адрес:\n${envelope}`;
  }
  if (stage.kind === 'released') {
    return `${person.nativeName} хат жазған барлық адамға алғыс айтады. Оған енді хат керек емес, бірақ науқан әлі түрмеде отырғандарға арналған қолдау сөздерін жинап жатыр: оларды бюллетеньнің мекенжайына жіберіңіз, еріктілер жеткізеді.`;
  }
  if (stage.kind === 'taken-away') {
    return `Қалай көмектесуге болады: жаңа мекенжайы белгілі болғанша ${stage.from.code} мекемесіне хат жібермеңіз — хаттар жоғалады. Оның орнына қылмыстық-атқару жүйесіне жазып, ${person.nativeName} қай жерде отырғанын сұраңыз; орыс тіліндегі өтініш үлгісі науқанда бар. Отбасының тұтқынның қайда екенін білуге құқығы бар.`;
  }
  const intro = facility
    ? 'Қалай көмектесуге болады: оған хат жазыңыз. Хаттар тек қазақ немесе орыс тілінде қабылданады; цензор әр хатты оқиды, сондықтан іс туралы емес, күнделікті өмір, кітаптар мен жаңалықтар туралы жазыңыз.'
    : 'Қалай көмектесуге болады: ол үйіне хат ала алады, бірақ телефон мен интернетті пайдалана алмайды. Қазақша немесе орысша, тек пошта арқылы жазыңыз.';
  const channel = service
    ? ` Қысқа хаттарды ${service} электрондық хат қызметі арқылы да жіберуге болады: хат мекемеде басып шығарылады, жауабы скан түрінде келеді.`
    : ' Хаттың жеткенін білудің жалғыз жолы — тапсыру туралы хабарламасы бар тапсырыс хат.';
  return `${intro}${channel} Мекенжайы:\n${envelope}`;
}

const CAMPAIGN: Record<SampleLanguage, string> = {
  en: 'Solidarity Letters is a volunteer campaign that writes to political prisoners in Kazakhstan and stands by their families through long sentences. We collect letters, pay for parcels and for lawyers’ journeys to distant colonies, and follow every hearing. This text belongs to the fictional sample archive of Casefile: every name, place and event in it is invented.',
  ru: '«Письма солидарности» — волонтёрская кампания, которая пишет политическим заключённым в Казахстане и поддерживает их семьи на протяжении долгих сроков. Мы собираем письма, оплачиваем посылки и поездки адвокатов в дальние колонии, следим за каждым заседанием. Этот текст — часть вымышленного демонстрационного архива Casefile: все имена, места и события в нём придуманы.',
  kk: '«Ынтымақ хаттары» — Қазақстандағы саяси тұтқындарға хат жазатын және олардың отбасыларын ұзақ жаза мерзімі бойы қолдайтын еріктілер науқаны. Біз хат жинаймыз, сәлемдеме мен адвокаттардың алыс колонияларға жол шығынын төлейміз, әр сот отырысын бақылаймыз. Бұл мәтін Casefile бағдарламасының ойдан шығарылған үлгі архивіне жатады: ондағы барлық есімдер, жерлер мен оқиғалар ойдан шығарылған.',
};

interface ArticleDraft {
  readonly id: string;
  readonly title: string;
  readonly source: string;
  readonly author: string;
  readonly daysAgo: number;
  readonly language: SampleLanguage;
  readonly slug: string;
  readonly personIds: readonly string[];
  readonly tags: readonly string[];
  readonly sharing: 'team' | 'public';
  /** The article's own opening paragraphs. */
  readonly lead: readonly string[];
  /** Whose case background and advice close the article; none for round-ups. */
  readonly about?: string;
}

/** The sample's articles, dated relative to the calendar's today. */
export function sampleArticles(calendar: SampleCalendar): SampleArticle[] {
  const on = (language: SampleLanguage, days: number) => writtenDate(language, calendar.day(days));
  const kushakbaevCase = caseOf(PERSON.kushakbaev);
  const tolegenovaCase = caseOf(PERSON.tolegenova);
  const zhaksybekovCase = caseOf(PERSON.zhaksybekov);
  const amanzholovStrike = MILESTONES.amanzholovHungerStrike;

  const drafts: ArticleDraft[] = [
    {
      id: 'art-kushakbaev-verdict',
      title: 'Blogger Nurlan Kushakbaev sentenced to seven years',
      source: OUTLETS.bulletin,
      author: 'Madina Ermekova',
      daysAgo: (kushakbaevCase.verdict ?? 0) - 1,
      language: 'en',
      slug: 'kushakbaev-sentenced',
      personIds: [PERSON.kushakbaev, PERSON.mukhametzhanova, PERSON.ermekova],
      tags: ['news', 'verdict'],
      sharing: 'public',
      about: PERSON.kushakbaev,
      lead: [
        `A court in Karaganda has sentenced the video blogger Nurlan Kushakbaev to seven years in a colony for his videos about the sale of the city park «Жастар». Judge Erbol Sarsenbaev read out the verdict on ${on('en', kushakbaevCase.verdict ?? 0)} in a half-empty courtroom: the police had kept most of the supporters who came in the morning on the street, saying there was no room.`,
        `“Nurlan said what half the city was saying in the kitchen,” his lawyer Saule Mukhametzhanova told us after the hearing. “The prosecution’s expert admitted that she had read only transcripts of the videos, not watched them, and the court still refused to call a second expert.” The defence will appeal. Kushakbaev, who spent the whole trial in a glass cage, thanked the people in the room and asked them to keep writing to him in Kazakh, “so that I don’t forget my own language in there”.`,
      ],
    },
    {
      id: 'art-kushakbaev-transfer',
      title: 'Блогер Нурлан Кушакбаев этапирован в колонию УГ-157/11 в Экибастузе',
      source: OUTLETS.monitor,
      author: 'Мадина Ермекова',
      daysAgo: 772,
      language: 'ru',
      slug: 'kushakbaev-etap',
      personIds: [PERSON.kushakbaev, PERSON.kushakbaeva],
      tags: ['news', 'transfer'],
      sharing: 'public',
      about: PERSON.kushakbaev,
      lead: [
        `Осуждённого блогера Нурлана Кушакбаева (Нұрлан Құшақбаев) перевели из следственного изолятора ЕЦ-166/5 в Караганде в колонию средней безопасности УГ-157/11 в Экибастузе. Об этапе семье никто не сообщил: жена узнала о переводе лишь через двенадцать дней, когда её передачу не приняли в СИЗО со словами «выбыл».`,
        `Дорога заняла три дня. По словам адвоката, после прибытия Кушакбаев две недели провёл в карантинном отряде, а письма, отправленные на старый адрес, до него так и не дошли. Кампания просит всех, кто писал ему в Караганду, отправить письма повторно на новый адрес — ниже.`,
      ],
    },
    {
      id: 'art-kushakbaev-letters',
      title: 'Нұрлан Құшақбаевқа хат жазыңыз: хаттар жетпей жатыр',
      source: OUTLETS.bulletin,
      author: 'Науқан тобы',
      daysAgo: 18,
      language: 'kk',
      slug: 'kushakbaev-hat-zhazynyz',
      personIds: [PERSON.kushakbaev, PERSON.mukhametzhanova],
      tags: ['letter-writing', 'urgent action'],
      sharing: 'public',
      about: PERSON.kushakbaev,
      lead: [
        `Адвокат Сәуле Мұхаметжанова ${on('kk', 22)} күні Екібастұздағы колонияда Нұрлан Құшақбаевпен кездесті. Оның айтуынша, Нұрлан соңғы алты аптада бірде-бір хат алмаған, ал біздің еріктілер осы уақыт ішінде оған кемінде он хат жіберген.`,
        'Хаттардың қайда жоғалып жатқаны белгісіз. Сондықтан науқан барлығын хатты тапсыру туралы хабарламасы бар тапсырыс хат ретінде жіберуге және жіберілген күн мен трек-нөмірді бізге хабарлауға шақырады. Егер хат қайтып келсе, конвертті тастамаңыз: пошта белгісі де дәлел бола алады.',
      ],
    },
    {
      id: 'art-tolegenova-house-arrest',
      title: 'Суд перевёл Айгерим Тулегенову под домашний арест',
      source: OUTLETS.monitor,
      author: 'Мадина Ермекова',
      daysAgo: MILESTONES.tolegenovaHouseArrest - 1,
      language: 'ru',
      slug: 'tulegenova-domashniy-arest',
      personIds: [PERSON.tolegenova, PERSON.mukhametzhanova],
      tags: ['news', 'house arrest'],
      sharing: 'public',
      about: PERSON.tolegenova,
      lead: [
        `Актауский городской суд № 2 изменил меру пресечения медсестре и активистке Айгерим Тулегеновой (Әйгерім Төлегенова): вместо содержания под стражей — домашний арест. Два месяца она провела в СИЗО АП-162/4, в камере на восемь человек.`,
        `Судья Гауһар Нұрпейісова запретила ей пользоваться телефоном и интернетом, общаться со свидетелями и выходить из квартиры, кроме как в суд и в больницу. «Это не свобода, но это дом и дети», — сказала адвокат Сәуле Мұхаметжанова. Письма теперь можно отправлять ей домой.`,
      ],
    },
    {
      id: 'art-tolegenova-hearing',
      title: 'Әйгерім Төлегенованың ісі: екінші сот отырысы',
      source: OUTLETS.courtWatch,
      author: 'Дана С., сот бақылаушысы',
      daysAgo: 9,
      language: 'kk',
      slug: 'tolegenova-ekinshi-otyrys',
      personIds: [PERSON.tolegenova],
      tags: ['trial monitoring', 'hearing'],
      sharing: 'team',
      about: PERSON.tolegenova,
      lead: [
        `${on('kk', tolegenovaCase.hearings[1])} күні Ақтау қалалық № 2 сотында Әйгерім Төлегенованың ісі бойынша екінші отырыс өтті. Айыптаушы тараптың куәлері — екі полиция қызметкері — пикеттің қанша уақытқа созылғанын және Әйгерімнің қандай сөз айтқанын әртүрлі баяндады.`,
        `Залға тек он адам кіргізілді, қалғандары дәлізде күтті. Келесі отырыс ${on('kk', tolegenovaCase.hearings[2])} күні тағайындалды. Бақылаушылар отырыстың толық жазбасын науқанның ішкі мұрағатына қосты.`,
      ],
    },
    {
      id: 'art-zhaksybekov-petition',
      title: 'Petition: free oil worker Serik Zhaksybekov',
      source: OUTLETS.bulletin,
      author: 'Solidarity Letters',
      daysAgo: 88,
      language: 'en',
      slug: 'petition-zhaksybekov',
      personIds: [PERSON.zhaksybekov, PERSON.zhaksybekova],
      tags: ['petition'],
      sharing: 'public',
      about: PERSON.zhaksybekov,
      lead: [
        `Serik Zhaksybekov, a drilling foreman at the Қаратөбе oil field and chair of its independent trade union, was arrested on ${on('en', zhaksybekovCase.arrest)}, two days after he spoke at a workers’ meeting about bonuses that had not been paid for seven months. He is accused of calling for a strike that a court had declared illegal — a strike that, his colleagues say, never took place.`,
        'We call on the Prosecutor General of Kazakhstan to drop the charges and release Serik Zhaksybekov at once, and on the employer to pay the workers what they are owed. Sign the petition, and ask your own trade union to send a letter of solidarity: a letter on union paper carries weight with investigators and prison staff alike.',
      ],
    },
    {
      id: 'art-zhaksybekov-extension',
      title: 'Срок содержания Серика Жаксыбекова под стражей продлён ещё на два месяца',
      source: OUTLETS.monitor,
      author: 'Мадина Ермекова',
      daysAgo: 34,
      language: 'ru',
      slug: 'zhaksybekov-prodlenie',
      personIds: [PERSON.zhaksybekov, PERSON.mukhametzhanova],
      tags: ['news', 'pre-trial detention'],
      sharing: 'public',
      about: PERSON.zhaksybekov,
      lead: [
        `Следственный судья Актауского городского суда продлил срок содержания под стражей профсоюзному лидеру Серику Жаксыбекову (Серік Жақсыбеков) ещё на два месяца. Заседание прошло за закрытыми дверями и длилось двенадцать минут.`,
        'Адвокат Сәуле Мұхаметжанова говорит, что следователь до сих пор не дал ей ознакомиться с показаниями свидетелей. Мать Серика, Рысқұл апа, пришла к зданию суда с портретом сына; на заседание её не пустили.',
      ],
    },
    {
      id: 'art-ibraimov-appeal',
      title: 'Appeal rejected: Dauren Ibraimov’s five-year sentence stands',
      source: OUTLETS.bulletin,
      author: 'Madina Ermekova',
      daysAgo: 645,
      language: 'en',
      slug: 'ibraimov-appeal-rejected',
      personIds: [PERSON.ibraimov, PERSON.oralbaev],
      tags: ['news', 'appeal', 'freedom of religion'],
      sharing: 'public',
      about: PERSON.ibraimov,
      lead: [
        'Karaganda Regional Court has rejected the appeal of Dauren Ibraimov, a car mechanic convicted with four other men for meeting in a private flat to read and discuss the Quran. The appeal hearing lasted forty minutes; the judges did not retire to consider the new evidence his lawyer Bakhyt Oralbaev had brought.',
        '“The court treated reading a holy book with friends as a crime,” Oralbaev said. “Nobody in this case called for violence, and nobody was ever harmed.” Ibraimov’s wife, who attended with their two children, says he remains calm and asks people not to send him religious books, which the prison does not hand over.',
      ],
    },
    {
      id: 'art-ibraimov-transfer',
      title: 'Дәурен Ыбыраимов Өскемендегі колонияға ауыстырылды',
      source: OUTLETS.bulletin,
      author: 'Науқан тобы',
      daysAgo: 585,
      language: 'kk',
      slug: 'ybyraimov-oskemen',
      personIds: [PERSON.ibraimov],
      tags: ['news', 'transfer'],
      sharing: 'team',
      about: PERSON.ibraimov,
      lead: [
        'Қарағандыдағы ЕЦ-166/5 мекемесіне жіберілген хатымыз «выбыл» деген белгімен қайтып келді. Осылайша біз Дәурен Ыбыраимовтың Өскемендегі ОВ-156/19 максималды қауіпсіздік колониясына ауыстырылғанын білдік — бұл туралы оның отбасына ешкім хабарламаған.',
        'Өскемен Қарағандыдан мыңға жуық шақырым жерде. Дәуреннің әйелі балаларымен бірге оған барып тұру үшін жол ақысын жинау қажет. Науқан осы мақсатқа арнайы қор ашты.',
      ],
    },
    {
      id: 'art-seitkhanova-release',
      title: 'Gulnar Seitkhanova is free after three years',
      source: OUTLETS.bulletin,
      author: 'Madina Ermekova',
      daysAgo: MILESTONES.seitkhanovaRelease - 1,
      language: 'en',
      slug: 'seitkhanova-released',
      personIds: [PERSON.seitkhanova],
      tags: ['news', 'release'],
      sharing: 'public',
      about: PERSON.seitkhanova,
      lead: [
        `Gulnar Seitkhanova, the Zhezkazgan schoolteacher imprisoned for Facebook posts about bribes in school admissions, walked out of the women’s colony КА-168/2 on ${on('en', MILESTONES.seitkhanovaRelease)}, having served every day of her three-year sentence. Her two sons and a dozen supporters met her at the gate with flowers and a thermos of tea.`,
        '“In the colony I taught Kazakh to women who had never held a book in Kazakh,” she told us. “Your letters were read aloud in our barracks. Please don’t stop writing to the ones who are still there.” She hopes to return to teaching, although her conviction bars her from state schools for another two years.',
      ],
    },
    {
      id: 'art-amanzholov-urgent-action',
      title: 'Urgent action: Yerlan Amanzholov on hunger strike in УГ-157/11',
      source: OUTLETS.bulletin,
      author: 'Solidarity Letters',
      daysAgo: amanzholovStrike - 1,
      language: 'en',
      slug: 'urgent-action-amanzholov',
      personIds: [PERSON.amanzholov, PERSON.oralbaev],
      tags: ['urgent action', 'hunger strike'],
      sharing: 'public',
      about: PERSON.amanzholov,
      lead: [
        `Yerlan Amanzholov, an electrician from Pavlodar serving six years after a protest against price rises, has been on hunger strike in the Ekibastuz colony УГ-157/11 since ${on('en', amanzholovStrike)}. He stopped eating after fifteen days in a punishment cell (ШИЗО), where he was placed for “disobedience” after complaining that guards had beaten a fellow prisoner.`,
        'Please write at once, politely, to the head of the colony and to the Ombudsman of Kazakhstan, asking that Yerlan Amanzholov be examined by an independent doctor, returned to his unit, and protected from reprisals for his complaint. Then write to Yerlan himself: a letter from abroad tells the colony that people are watching.',
      ],
    },
    {
      id: 'art-amanzholov-urgent-action-ru',
      title: 'Срочная акция: Ерлан Аманжолов объявил голодовку',
      source: OUTLETS.monitor,
      author: 'Мадина Ермекова',
      daysAgo: amanzholovStrike - 2,
      language: 'ru',
      slug: 'amanzholov-golodovka',
      personIds: [PERSON.amanzholov, PERSON.oralbaev],
      tags: ['urgent action', 'hunger strike'],
      sharing: 'public',
      about: PERSON.amanzholov,
      lead: [
        `Осуждённый электрик из Павлодара Ерлан Аманжолов с ${on('ru', amanzholovStrike)} держит голодовку в колонии УГ-157/11 в Экибастузе. Об этом сообщил его адвокат Бақыт Оралбаев, который передал нам заявление Ерлана, продиктованное во время свидания.`,
        '«Я требую прекратить давление и перевести меня из ШИЗО в обычный отряд. Я не нарушал режим — я написал жалобу», — говорится в заявлении. Просим писать начальнику колонии и Уполномоченному по правам человека с требованием допустить к Ерлану независимого врача.',
      ],
    },
    {
      id: 'art-bekmukhanbetov-whereabouts',
      title: 'Where is Askhat Bekmukhanbetov? No news since his transfer',
      source: OUTLETS.bulletin,
      author: 'Solidarity Letters',
      daysAgo: 115,
      language: 'en',
      slug: 'where-is-bekmukhanbetov',
      personIds: [PERSON.bekmukhanbetov],
      tags: ['whereabouts unknown', 'urgent action'],
      sharing: 'team',
      about: PERSON.bekmukhanbetov,
      lead: [
        `On ${on('en', MILESTONES.bekmukhanbetovTransfer)} Askhat Bekmukhanbetov, an engineer convicted for supporting the banned opposition movement «Азат Дала», was taken from the Karaganda detention centre ЕЦ-166/5 on transfer (этап). His sister Aliya learnt of it only when a parcel she brought was refused. Since then neither the family nor his lawyer has been told which colony he was sent to.`,
        'A transfer in Kazakhstan can take weeks, with stops in detention centres along the way, and prisoners in transit cannot write or receive letters. Each week without news increases the risk of ill-treatment. Until his new address is known, please write to the authorities rather than to Askhat.',
      ],
    },
  ];

  const articles = drafts.map((draft) => {
    const person = draft.about ? personById(draft.about) : undefined;
    const paragraphs = [...draft.lead];
    if (person) {
      paragraphs.push(caseParagraph(draft.language, person, calendar, draft.daysAgo));
      paragraphs.push(helpParagraph(draft.language, person, draft.daysAgo));
    }
    paragraphs.push(CAMPAIGN[draft.language]);
    return finish(calendar, draft, paragraphs);
  });

  articles.push(letterEvening(calendar));
  return articles;
}

/** A round-up for the campaign's monthly letter-writing evening, with every current address. */
function letterEvening(calendar: SampleCalendar): SampleArticle {
  const writable = PRISONERS.filter(
    (person) => person.status !== 'released' && person.status !== 'unknown',
  );
  const blocks = writable.map((person) => {
    const address = currentAddress(person.id);
    const facility = address.facilityId ? facilityById(address.facilityId) : undefined;
    const where = facility ? `${facility.code}, ${facility.city.ru}` : 'домашний арест';
    return `${bothSpellings(person)} — ${person.occupation.ru}; ${where}.\n${[...address.lines, address.postcode].join('\n')}`;
  });
  const draft: ArticleDraft = {
    id: 'art-letter-evening',
    title: 'Вечер писем: адреса и советы',
    source: OUTLETS.bulletin,
    author: 'Команда кампании',
    daysAgo: 5,
    language: 'ru',
    slug: 'vecher-pisem',
    personIds: writable.map((person) => person.id),
    tags: ['letter-writing', 'internal'],
    sharing: 'team',
    lead: [],
  };
  const paragraphs = [
    `Ближайший вечер писем пройдёт ${writtenDate('ru', calendar.day(-3))} в 19:00, как обычно, в читальном зале на втором этаже. Приносите конверты, ручки и открытки; марки и бумагу кампания купит сама. Если вы не можете прийти, напишите письмо дома и принесите или пришлите скан — мы отправим его заказным.`,
    'Несколько советов. Пишите разборчиво, по-русски или по-казахски: письма на других языках возвращаются непрочитанными. Не обсуждайте дело, доказательства и суд — цензор может задержать такое письмо. Пишите о погоде, книгах, фильмах, о том, что происходит в вашем городе. Всегда указывайте полное имя заключённого и год рождения, а также свой обратный адрес. Вкладывайте чистый конверт с маркой для ответа. Записывайте в журнал кампании дату отправки и трек-номер, чтобы мы знали, какие письма дошли.',
    'Адреса на этот месяц:',
    ...blocks,
    'Асхату Бекмуханбетову пока не пишите: после этапа его новый адрес неизвестен. Письма Гульнаре Сейтхановой больше не нужны — она на свободе и передаёт всем привет.',
    CAMPAIGN.ru,
  ];
  return finish(calendar, draft, paragraphs);
}

function finish(
  calendar: SampleCalendar,
  draft: ArticleDraft,
  paragraphs: readonly string[],
): SampleArticle {
  const date = calendar.day(draft.daysAgo);
  return {
    id: draft.id,
    title: draft.title,
    source: draft.source,
    author: draft.author,
    date,
    language: draft.language,
    // example.org is reserved for examples: the sample's links can never reach a real site.
    url: `https://example.org/solidarity-letters/${date.slice(0, 4)}/${draft.slug}`,
    body: paragraphs.join('\n\n'),
    personIds: draft.personIds,
    tags: draft.tags,
    sharing: draft.sharing,
  };
}
