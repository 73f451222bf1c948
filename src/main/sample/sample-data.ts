/**
 * The records of the fictional sample archive, complete with ids and timestamps, ready for
 * `Archive.addMany`. Building them does no I/O: the only files of the sample, the PDFs of
 * the court papers, are made by the writer (sample-archive.ts) from `documents`.
 *
 * The story (people, facilities, addresses, cases) lives in sample-cast.ts; timeline events
 * and the correspondence log are here, since nothing else needs them.
 */
import type { z } from 'zod';
import type { RECORD_SCHEMAS, RecordKind } from '../../shared/records';
import { SampleCalendar } from './sample-calendar';
import {
  ADDRESSES,
  CASES,
  FACILITIES,
  FICTIONAL_FACILITY,
  OTHERS,
  PERSON,
  PRISONERS,
  RELATIONS,
  addressOn,
  type SampleAddress,
} from './sample-cast';
import { sampleArticles } from './sample-articles';
import { sampleDocuments, type SampleDocument } from './sample-documents';

/** A record as `addMany` accepts it: defaults may be left out, the schema fills them in. */
export type SampleRecord<K extends RecordKind> = z.input<(typeof RECORD_SCHEMAS)[K]>;
export type SampleItem = { [K in RecordKind]: { kind: K; record: SampleRecord<K> } }[RecordKind];

export interface SampleData {
  /** Every record except the attachments and documents, which need their PDFs first. */
  readonly records: readonly SampleItem[];
  /** The court papers: each becomes a PDF blob, an attachment and a document. */
  readonly documents: readonly SampleDocument[];
  /** The creation time written on every record. */
  readonly stamp: string;
}

type Sharing = 'private' | 'team' | 'public';
type EventType = SampleRecord<'event'>['type'];
type EventSource = NonNullable<SampleRecord<'event'>['source']>;
type LetterChannel = NonNullable<SampleRecord<'letter'>['channel']>;
type LetterStatus = NonNullable<SampleRecord<'letter'>['status']>;

// ------------------------------------------------------------------ timeline events

interface EventSpec {
  readonly id: string;
  readonly personId: string;
  readonly days: number;
  readonly type: EventType;
  readonly text: string;
  readonly source?: EventSource;
  readonly sharing?: Sharing;
  readonly tags?: readonly string[];
}

const EVENTS: readonly EventSpec[] = [
  // Nurlan Kushakbaev
  {
    id: 'evt-kushakbaev-arrest',
    personId: PERSON.kushakbaev,
    days: 1150,
    type: 'arrest',
    text: 'Detained at home in Karaganda at 6 a.m.; the police seized his laptop and two phones. The arrest followed his sixth video on the sale of the «Жастар» park.',
    source: { kind: 'case', id: 'cas-kushakbaev' },
  },
  {
    id: 'evt-kushakbaev-detention',
    personId: PERSON.kushakbaev,
    days: 1148,
    type: 'detention',
    text: 'The investigating judge ordered two months’ custody in ЕЦ-166/5.',
  },
  {
    id: 'evt-kushakbaev-charge',
    personId: PERSON.kushakbaev,
    days: 1000,
    type: 'charge',
    text: 'Indictment under Articles 174(1) and 274(2) handed to him and his lawyer.',
    source: { kind: 'document', id: 'doc-kushakbaev-indictment' },
  },
  {
    id: 'evt-kushakbaev-hearing',
    personId: PERSON.kushakbaev,
    days: 930,
    type: 'hearing',
    text: 'First hearing. The judge refused to let journalists film and to call the defence’s expert linguist.',
  },
  {
    id: 'evt-kushakbaev-verdict',
    personId: PERSON.kushakbaev,
    days: 840,
    type: 'verdict',
    text: 'Sentenced to 7 years in a medium-security colony and a 5-year ban on journalism.',
    source: { kind: 'document', id: 'doc-kushakbaev-verdict' },
  },
  {
    id: 'evt-kushakbaev-appeal',
    personId: PERSON.kushakbaev,
    days: 800,
    type: 'appeal',
    text: 'Karaganda Regional Court upheld the verdict.',
  },
  {
    id: 'evt-kushakbaev-transfer',
    personId: PERSON.kushakbaev,
    days: 778,
    type: 'transfer',
    text: 'Taken from ЕЦ-166/5 on transfer (этап); arrived at УГ-157/11 in Екібастұз three days later. His wife learnt of it after twelve days.',
    source: { kind: 'article', id: 'art-kushakbaev-transfer' },
  },
  {
    id: 'evt-kushakbaev-health',
    personId: PERSON.kushakbaev,
    days: 150,
    type: 'health',
    text: 'Told his lawyer he has had back pain for a month; the colony doctor gives only painkillers.',
    sharing: 'private',
  },
  {
    id: 'evt-kushakbaev-visit',
    personId: PERSON.kushakbaev,
    days: 60,
    type: 'visit',
    text: 'Long (three-day) visit from his wife Жанар.',
    sharing: 'private',
  },
  {
    id: 'evt-kushakbaev-lawyer-visit',
    personId: PERSON.kushakbaev,
    days: 22,
    type: 'visit',
    text: 'Lawyer’s visit: he has received no letters for six weeks.',
    source: { kind: 'letter', id: 'let-07' },
  },
  // Aigerim Tolegenova
  {
    id: 'evt-tolegenova-arrest',
    personId: PERSON.tolegenova,
    days: 220,
    type: 'arrest',
    text: 'Detained after a peaceful picket outside the Aktau akimat against the closure of the maternity ward of the city hospital.',
  },
  {
    id: 'evt-tolegenova-detention',
    personId: PERSON.tolegenova,
    days: 218,
    type: 'detention',
    text: 'Court ordered two months’ custody in АП-162/4.',
  },
  {
    id: 'evt-tolegenova-house-arrest',
    personId: PERSON.tolegenova,
    days: 160,
    type: 'detention',
    text: 'Custody replaced by house arrest at her flat; no phone or internet except calls to her lawyer.',
    source: { kind: 'article', id: 'art-tolegenova-house-arrest' },
  },
  {
    id: 'evt-tolegenova-extension',
    personId: PERSON.tolegenova,
    days: 42,
    type: 'detention',
    text: 'House arrest extended for another two months.',
    source: { kind: 'document', id: 'doc-tolegenova-ruling' },
  },
  {
    id: 'evt-tolegenova-hearing-1',
    personId: PERSON.tolegenova,
    days: 30,
    type: 'hearing',
    text: 'Trial opened at Aktau City Court No. 2; about forty supporters were kept out of the courtroom.',
  },
  {
    id: 'evt-tolegenova-hearing-2',
    personId: PERSON.tolegenova,
    days: 10,
    type: 'hearing',
    text: 'Second hearing: the two police officers called as witnesses contradicted each other.',
    source: { kind: 'article', id: 'art-tolegenova-hearing' },
  },
  // Serik Zhaksybekov
  {
    id: 'evt-zhaksybekov-arrest',
    personId: PERSON.zhaksybekov,
    days: 95,
    type: 'arrest',
    text: 'Detained in Aktau two days after speaking at a meeting of Қаратөбе oil-field workers about unpaid bonuses.',
    source: { kind: 'article', id: 'art-zhaksybekov-petition' },
  },
  {
    id: 'evt-zhaksybekov-detention',
    personId: PERSON.zhaksybekov,
    days: 93,
    type: 'detention',
    text: 'Investigating judge ordered two months’ custody in АП-162/4.',
  },
  {
    id: 'evt-zhaksybekov-health',
    personId: PERSON.zhaksybekov,
    days: 50,
    type: 'health',
    text: 'His mother says he has lost 8 kg and has high blood pressure.',
    sharing: 'private',
  },
  {
    id: 'evt-zhaksybekov-visit',
    personId: PERSON.zhaksybekov,
    days: 40,
    type: 'visit',
    text: 'His mother Рысқұл was allowed a short visit, the first since the arrest.',
  },
  {
    id: 'evt-zhaksybekov-extension',
    personId: PERSON.zhaksybekov,
    days: 35,
    type: 'detention',
    text: 'Custody extended by two months at a closed twelve-minute hearing.',
    source: { kind: 'article', id: 'art-zhaksybekov-extension' },
  },
  // Dauren Ibraimov
  {
    id: 'evt-ibraimov-arrest',
    personId: PERSON.ibraimov,
    days: 900,
    type: 'arrest',
    text: 'Detained in Karaganda with four other members of a Quran study group that met in a private flat.',
  },
  {
    id: 'evt-ibraimov-verdict',
    personId: PERSON.ibraimov,
    days: 690,
    type: 'verdict',
    text: 'Sentenced to 5 years in a maximum-security colony and a 3-year ban on religious activity.',
  },
  {
    id: 'evt-ibraimov-appeal',
    personId: PERSON.ibraimov,
    days: 650,
    type: 'appeal',
    text: 'Appeal rejected by Karaganda Regional Court after a forty-minute hearing.',
    source: { kind: 'document', id: 'doc-ibraimov-appeal' },
  },
  {
    id: 'evt-ibraimov-transfer',
    personId: PERSON.ibraimov,
    days: 600,
    type: 'transfer',
    text: 'Moved from ЕЦ-166/5 to ОВ-156/19 in Өскемен. The campaign learnt of it from a returned letter.',
    source: { kind: 'letter', id: 'let-23' },
  },
  {
    id: 'evt-ibraimov-assault',
    personId: PERSON.ibraimov,
    days: 410,
    type: 'assault',
    text: 'Told his wife during a visit that guards beat him after he refused to shave his beard.',
  },
  {
    id: 'evt-ibraimov-health',
    personId: PERSON.ibraimov,
    days: 80,
    type: 'health',
    text: 'Works in the colony’s sewing workshop; health fair, asks for warm clothes.',
    source: { kind: 'letter', id: 'let-26' },
  },
  // Gulnar Seitkhanova
  {
    id: 'evt-seitkhanova-arrest',
    personId: PERSON.seitkhanova,
    days: 1300,
    type: 'arrest',
    text: 'Detained in Жезқазған after Facebook posts about bribes in school admissions.',
  },
  {
    id: 'evt-seitkhanova-hearing',
    personId: PERSON.seitkhanova,
    days: 1200,
    type: 'hearing',
    text: 'First hearing; the state-appointed lawyer asked no questions.',
  },
  {
    id: 'evt-seitkhanova-verdict',
    personId: PERSON.seitkhanova,
    days: 1150,
    type: 'verdict',
    text: 'Sentenced to 3 years in a minimum-security colony.',
  },
  {
    id: 'evt-seitkhanova-transfer',
    personId: PERSON.seitkhanova,
    days: 1120,
    type: 'transfer',
    text: 'Arrived at the women’s colony КА-168/2.',
  },
  {
    id: 'evt-seitkhanova-release',
    personId: PERSON.seitkhanova,
    days: 205,
    type: 'release',
    text: 'Released after serving her full sentence; met at the gate by her sons and supporters.',
    source: { kind: 'article', id: 'art-seitkhanova-release' },
  },
  // Yerlan Amanzholov
  {
    id: 'evt-amanzholov-arrest',
    personId: PERSON.amanzholov,
    days: 1000,
    type: 'arrest',
    text: 'Detained two days after a protest against price rises outside the Pavlodar akimat.',
  },
  {
    id: 'evt-amanzholov-verdict',
    personId: PERSON.amanzholov,
    days: 820,
    type: 'verdict',
    text: 'Sentenced to 6 years in a medium-security colony and ordered to pay 1,380,000 KZT to a police officer.',
  },
  {
    id: 'evt-amanzholov-appeal',
    personId: PERSON.amanzholov,
    days: 790,
    type: 'appeal',
    text: 'Pavlodar Regional Court upheld the verdict.',
  },
  {
    id: 'evt-amanzholov-transfer',
    personId: PERSON.amanzholov,
    days: 760,
    type: 'transfer',
    text: 'Arrived at УГ-157/11 in Ekibastuz.',
  },
  {
    id: 'evt-amanzholov-punishment-cell',
    personId: PERSON.amanzholov,
    days: 100,
    type: 'other',
    text: 'Placed in a punishment cell (ШИЗО) for 15 days for “disobedience” after a written complaint.',
    source: { kind: 'letter', id: 'let-38' },
  },
  {
    id: 'evt-amanzholov-hunger-strike',
    personId: PERSON.amanzholov,
    days: 75,
    type: 'hunger-strike',
    text: 'Began a hunger strike demanding to be returned to his unit.',
    source: { kind: 'article', id: 'art-amanzholov-urgent-action' },
  },
  {
    id: 'evt-amanzholov-hunger-strike-end',
    personId: PERSON.amanzholov,
    days: 58,
    type: 'hunger-strike',
    text: 'Ended the hunger strike after 17 days, when he was moved back to his unit.',
  },
  {
    id: 'evt-amanzholov-health',
    personId: PERSON.amanzholov,
    days: 56,
    type: 'health',
    text: 'Lost 11 kg; his lawyer asked for an independent doctor. No answer yet.',
    sharing: 'private',
  },
  // Askhat Bekmukhanbetov
  {
    id: 'evt-bekmukhanbetov-arrest',
    personId: PERSON.bekmukhanbetov,
    days: 700,
    type: 'arrest',
    text: 'Detained in Karaganda; accused of taking part in the banned movement «Азат Дала».',
  },
  {
    id: 'evt-bekmukhanbetov-verdict',
    personId: PERSON.bekmukhanbetov,
    days: 540,
    type: 'verdict',
    text: 'Sentenced to 4 years 6 months and 2,215,000 KZT in procedural costs.',
  },
  {
    id: 'evt-bekmukhanbetov-appeal',
    personId: PERSON.bekmukhanbetov,
    days: 500,
    type: 'appeal',
    text: 'Appeal rejected; kept in ЕЦ-166/5 because of a second investigation.',
  },
  {
    id: 'evt-bekmukhanbetov-transfer',
    personId: PERSON.bekmukhanbetov,
    days: 120,
    type: 'transfer',
    text: 'Taken from ЕЦ-166/5 on transfer (этап); destination not disclosed to the family.',
    source: { kind: 'letter', id: 'let-45' },
  },
  {
    id: 'evt-bekmukhanbetov-inquiry',
    personId: PERSON.bekmukhanbetov,
    days: 40,
    type: 'other',
    text: 'The penitentiary department refused to tell the campaign where he is held: only close relatives may ask.',
    source: { kind: 'document', id: 'doc-bekmukhanbetov-reply' },
  },
];

// ------------------------------------------------------------------ the correspondence log

interface LetterSpec {
  readonly id: string;
  readonly personId: string;
  readonly direction: 'out' | 'in';
  readonly channel: LetterChannel;
  readonly status: LetterStatus;
  readonly writer: string;
  readonly summary: string;
  readonly written?: number;
  readonly sent?: number;
  readonly received?: number;
  readonly inReplyTo?: string;
  /** Registered post: the serial of its tracking number. */
  readonly tracking?: number;
  /** The address used, when it was not the one valid that day (a letter sent too late). */
  readonly addressId?: string;
  /** The address as actually written, when it differs from the record (a mistake). */
  readonly writtenAs?: (address: SampleAddress) => readonly string[];
  readonly sharing?: Sharing;
  readonly tags?: readonly string[];
}

const LETTERS: readonly LetterSpec[] = [
  // Nurlan Kushakbaev
  {
    id: 'let-01',
    personId: PERSON.kushakbaev,
    direction: 'out',
    channel: 'post',
    status: 'answered',
    writer: 'Dana S.',
    sent: 740,
    summary:
      'First letter after the transfer to УГ-157/11: a card signed by forty supporters in Almaty and Berlin, news of the appeal campaign, and a question about which books he would like.',
  },
  {
    id: 'let-02',
    personId: PERSON.kushakbaev,
    direction: 'in',
    channel: 'post',
    status: 'delivered',
    writer: 'Nurlan Kushakbaev',
    written: 712,
    received: 700,
    inReplyTo: 'let-01',
    summary:
      'Благодарит за открытку. Просит книги по истории Казахстана на казахском языке и русско-казахский словарь. Пишет, что в бараке холодно, но он здоров и много читает.',
  },
  {
    id: 'let-03',
    personId: PERSON.kushakbaev,
    direction: 'out',
    channel: 'registered-post',
    status: 'delivered',
    writer: 'Campaign team',
    sent: 690,
    received: 671,
    tracking: 10_457_118,
    summary:
      'Parcel of books: Абай Құнанбайұлы, «Қара сөздер»; a Russian–Kazakh dictionary; two notebooks. The delivery notice came back signed by the colony office.',
  },
  {
    id: 'let-04',
    personId: PERSON.kushakbaev,
    direction: 'out',
    channel: 'e-letter',
    status: 'answered',
    writer: 'Olga M.',
    sent: 200,
    summary:
      'Sent through ХатЖолда: news about the petition (1,240 signatures) and the solidarity evening, described in words since photos are not passed on.',
  },
  {
    id: 'let-05',
    personId: PERSON.kushakbaev,
    direction: 'in',
    channel: 'e-letter',
    status: 'delivered',
    writer: 'Nurlan Kushakbaev',
    written: 190,
    received: 186,
    inReplyTo: 'let-04',
    summary:
      'ХатЖолда арқылы жауап: қолдаушыларға рақмет айтады, күніне бір сағат кітапханада отыруға рұқсат алғанын жазады. Әйелі Жанарға сәлем жолдайды.',
  },
  {
    id: 'let-06',
    personId: PERSON.kushakbaev,
    direction: 'out',
    channel: 'post',
    status: 'sent',
    writer: 'Jamila R.',
    sent: 45,
    summary:
      'Long letter in Kazakh about spring in Almaty, the new issue of the bulletin and the letter-writing evening. No reply yet.',
  },
  {
    id: 'let-07',
    personId: PERSON.kushakbaev,
    direction: 'in',
    channel: 'via-lawyer',
    status: 'delivered',
    writer: 'Nurlan Kushakbaev, passed on by Saule Mukhametzhanova',
    received: 20,
    summary:
      'After her visit his lawyer passed on his message: he has received no letters for six weeks and asks supporters to send them by registered post.',
  },
  {
    id: 'let-08',
    personId: PERSON.kushakbaev,
    direction: 'out',
    channel: 'registered-post',
    status: 'draft',
    writer: 'Dana S.',
    written: 3,
    summary:
      'Draft answer to his message: copies of the last three letters, to go by registered post with a delivery notice.',
  },
  // Aigerim Tolegenova
  {
    id: 'let-09',
    personId: PERSON.tolegenova,
    direction: 'out',
    channel: 'post',
    status: 'answered',
    writer: 'Anna K. (Berlin group)',
    sent: 205,
    summary:
      'Letter of support in Russian to the detention centre, with a drawing by a supporter’s daughter.',
  },
  {
    id: 'let-10',
    personId: PERSON.tolegenova,
    direction: 'in',
    channel: 'post',
    status: 'delivered',
    writer: 'Aigerim Tolegenova',
    written: 182,
    received: 170,
    inReplyTo: 'let-09',
    summary:
      'Пишет из СИЗО: в камере восемь человек, душ раз в неделю. Просит передать благодарность всем, кто пишет, и надеется, что меру пресечения изменят.',
  },
  {
    id: 'let-11',
    personId: PERSON.tolegenova,
    direction: 'out',
    channel: 'post',
    status: 'delivered',
    writer: 'Campaign team',
    sent: 120,
    received: 104,
    summary:
      'Postcard to her home, signed by thirty supporters. Her mother confirmed by phone that it arrived.',
  },
  {
    id: 'let-12',
    personId: PERSON.tolegenova,
    direction: 'out',
    channel: 'post',
    status: 'returned',
    writer: 'Marat K.',
    sent: 52,
    received: 31,
    // The flat number went on the envelope as 32 instead of 23.
    writtenAs: (address) => address.lines.map((line) => line.replace('23 пәтер', '32 пәтер')),
    summary:
      'Returned by the post office marked «адресат не найден»: the flat number was written as 32 instead of 23. Sent again as a registered letter.',
  },
  {
    id: 'let-13',
    personId: PERSON.tolegenova,
    direction: 'in',
    channel: 'via-lawyer',
    status: 'delivered',
    writer: 'Aigerim Tolegenova, passed on by Saule Mukhametzhanova',
    received: 25,
    summary:
      'Through her lawyer she thanks supporters for the postcards and asks them to come to the next hearings; she may not phone or write online.',
  },
  {
    id: 'let-14',
    personId: PERSON.tolegenova,
    direction: 'out',
    channel: 'registered-post',
    status: 'sent',
    writer: 'Marat K.',
    sent: 12,
    tracking: 10_863_552,
    summary: 'The returned letter, sent again with the right flat number by registered post.',
  },
  // Serik Zhaksybekov
  {
    id: 'let-15',
    personId: PERSON.zhaksybekov,
    direction: 'out',
    channel: 'post',
    status: 'lost',
    writer: 'Dana S.',
    sent: 88,
    summary:
      'First letter after the arrest. Neither delivered nor returned: during the investigation letters go through the investigator. Counted as lost after sixty days.',
  },
  {
    id: 'let-16',
    personId: PERSON.zhaksybekov,
    direction: 'out',
    channel: 'registered-post',
    status: 'answered',
    writer: 'Campaign team',
    sent: 70,
    received: 58,
    tracking: 10_902_374,
    summary:
      'Registered letter with a delivery notice; the notice came back signed by the detention centre.',
  },
  {
    id: 'let-17',
    personId: PERSON.zhaksybekov,
    direction: 'in',
    channel: 'post',
    status: 'delivered',
    writer: 'Serik Zhaksybekov',
    written: 52,
    received: 40,
    inReplyTo: 'let-16',
    summary:
      'Тергеу изоляторынан хат: денсаулығы жақсы, бірақ анасы Рысқұл апаға алаңдайды. Қаратөбедегі әріптестеріне сәлем айтады, кәсіподақтан бас тартпайтынын жазады.',
  },
  {
    id: 'let-18',
    personId: PERSON.zhaksybekov,
    direction: 'in',
    channel: 'email',
    status: 'answered',
    writer: 'Ryskul Zhaksybekova (his mother)',
    received: 30,
    sharing: 'private',
    summary:
      'His mother asks whether the campaign can help pay for the lawyer and for her journey to Aktau for a visit.',
  },
  {
    id: 'let-19',
    personId: PERSON.zhaksybekov,
    direction: 'out',
    channel: 'email',
    status: 'delivered',
    writer: 'Campaign team',
    sent: 28,
    inReplyTo: 'let-18',
    sharing: 'private',
    summary:
      'Answer to his mother: the campaign pays for one journey to Aktau; Saule Mukhametzhanova will call her about the fees.',
  },
  {
    id: 'let-20',
    personId: PERSON.zhaksybekov,
    direction: 'out',
    channel: 'post',
    status: 'sent',
    writer: 'Jamila R.',
    sent: 6,
    summary:
      'News from the trade union and the list of colleagues who signed the appeal for his release.',
  },
  // Dauren Ibraimov
  {
    id: 'let-21',
    personId: PERSON.ibraimov,
    direction: 'out',
    channel: 'post',
    status: 'answered',
    writer: 'Olga M.',
    sent: 640,
    summary:
      'Letter after the appeal was rejected: how is he, and may his family visit before the transfer?',
  },
  {
    id: 'let-22',
    personId: PERSON.ibraimov,
    direction: 'in',
    channel: 'post',
    status: 'delivered',
    writer: 'Dauren Ibraimov',
    written: 628,
    received: 615,
    inReplyTo: 'let-21',
    summary:
      'Ответ из СИЗО: апелляцию не удовлетворили, ждёт этапа. Просит не присылать религиозную литературу — её не пропускают.',
  },
  {
    id: 'let-23',
    personId: PERSON.ibraimov,
    direction: 'out',
    channel: 'post',
    status: 'returned',
    writer: 'Dana S.',
    sent: 592,
    received: 571,
    addressId: 'adr-ibraimov-1',
    summary:
      'Sent to ЕЦ-166/5 after he had been moved; returned marked «выбыл». This envelope was how the campaign learnt of the transfer.',
  },
  {
    id: 'let-24',
    personId: PERSON.ibraimov,
    direction: 'out',
    channel: 'registered-post',
    status: 'delivered',
    writer: 'Campaign team',
    sent: 300,
    received: 284,
    tracking: 11_030_661,
    summary:
      'Copy of the appeal to the Prosecutor General and a list of warm clothes his wife will bring.',
  },
  {
    id: 'let-25',
    personId: PERSON.ibraimov,
    direction: 'out',
    channel: 'e-letter',
    status: 'answered',
    writer: 'Jamila R.',
    sent: 90,
    summary:
      'Letter in Kazakh through ХатЖолда about his daughter’s first school year, with news from his wife.',
  },
  {
    id: 'let-26',
    personId: PERSON.ibraimov,
    direction: 'in',
    channel: 'e-letter',
    status: 'delivered',
    writer: 'Dauren Ibraimov',
    written: 84,
    received: 80,
    inReplyTo: 'let-25',
    summary:
      'ХатЖолда арқылы жауап: қызының суретін көргісі келеді, колонияда тігін цехында жұмыс істейді, денсаулығы орташа, жылы киім сұрайды.',
  },
  {
    id: 'let-27',
    personId: PERSON.ibraimov,
    direction: 'out',
    channel: 'post',
    status: 'sent',
    writer: 'Anna K. (Berlin group)',
    sent: 21,
    summary: 'Letter in Russian with a translation of a German newspaper article about his case.',
  },
  // Gulnar Seitkhanova
  {
    id: 'let-28',
    personId: PERSON.seitkhanova,
    direction: 'out',
    channel: 'post',
    status: 'answered',
    writer: 'Dana S.',
    sent: 900,
    summary:
      'First letter to the colony, with greetings from former pupils who found the campaign online.',
  },
  {
    id: 'let-29',
    personId: PERSON.seitkhanova,
    direction: 'in',
    channel: 'post',
    status: 'delivered',
    writer: 'Gulnar Seitkhanova',
    written: 880,
    received: 868,
    inReplyTo: 'let-28',
    summary:
      'Пишет из колонии КА-168/2: работает в швейном цехе, по вечерам учит других осуждённых казахскому языку. Просит передать привет ученикам.',
  },
  {
    id: 'let-30',
    personId: PERSON.seitkhanova,
    direction: 'out',
    channel: 'registered-post',
    status: 'delivered',
    writer: 'Campaign team',
    sent: 500,
    received: 483,
    tracking: 11_204_937,
    summary: 'Parcel of Kazakh textbooks and exercise books for her evening lessons in the colony.',
  },
  {
    id: 'let-31',
    personId: PERSON.seitkhanova,
    direction: 'out',
    channel: 'post',
    status: 'lost',
    writer: 'Marat K.',
    sent: 260,
    summary: 'Card for the last months of her sentence. Never arrived and never came back.',
  },
  {
    id: 'let-32',
    personId: PERSON.seitkhanova,
    direction: 'in',
    channel: 'email',
    status: 'answered',
    writer: 'Gulnar Seitkhanova',
    received: 190,
    summary:
      'Бостандыққа шыққаннан кейінгі алғашқы хаты: хат жазған барлық адамға алғыс айтады, мектепке қайта оралғысы келеді.',
  },
  {
    id: 'let-33',
    personId: PERSON.seitkhanova,
    direction: 'out',
    channel: 'email',
    status: 'delivered',
    writer: 'Campaign team',
    sent: 188,
    inReplyTo: 'let-32',
    summary: 'Welcome home; would she speak at the next online solidarity evening?',
  },
  // Yerlan Amanzholov
  {
    id: 'let-34',
    personId: PERSON.amanzholov,
    direction: 'out',
    channel: 'post',
    status: 'answered',
    writer: 'Olga M.',
    sent: 700,
    summary: 'First letter to the colony: who the campaign is, and what does he need?',
  },
  {
    id: 'let-35',
    personId: PERSON.amanzholov,
    direction: 'in',
    channel: 'post',
    status: 'delivered',
    writer: 'Yerlan Amanzholov',
    written: 684,
    received: 672,
    inReplyTo: 'let-34',
    summary:
      'Благодарит за письмо. Не признаёт вину и будет добиваться пересмотра дела. Нужны тёплые носки, конверты и марки.',
  },
  {
    id: 'let-36',
    personId: PERSON.amanzholov,
    direction: 'out',
    channel: 'registered-post',
    status: 'delivered',
    writer: 'Campaign team',
    sent: 400,
    received: 381,
    tracking: 11_388_205,
    summary: 'Envelopes, stamps and warm socks; the delivery notice came back.',
  },
  {
    id: 'let-37',
    personId: PERSON.amanzholov,
    direction: 'out',
    channel: 'e-letter',
    status: 'answered',
    writer: 'Jamila R.',
    sent: 110,
    summary: 'Through ХатЖолда: news of the complaint to the Ombudsman about his case.',
  },
  {
    id: 'let-38',
    personId: PERSON.amanzholov,
    direction: 'in',
    channel: 'e-letter',
    status: 'delivered',
    writer: 'Yerlan Amanzholov',
    written: 102,
    received: 100,
    inReplyTo: 'let-37',
    summary:
      'Short answer: he has been put in a punishment cell (ШИЗО) for 15 days for “disobedience” and is thinking of a hunger strike.',
  },
  {
    id: 'let-39',
    personId: PERSON.amanzholov,
    direction: 'in',
    channel: 'via-lawyer',
    status: 'delivered',
    writer: 'Yerlan Amanzholov, dictated to Bakhyt Oralbaev',
    received: 76,
    summary:
      'Заявление о голодовке, переданное адвокатом Бақыт Оралбаевым: требует прекратить давление и перевести его из ШИЗО в обычный отряд.',
  },
  {
    id: 'let-40',
    personId: PERSON.amanzholov,
    direction: 'out',
    channel: 'registered-post',
    status: 'sent',
    writer: 'Dana S.',
    sent: 62,
    tracking: 11_512_840,
    summary: 'Letter of support during the hunger strike. No delivery notice has come back.',
  },
  // Askhat Bekmukhanbetov
  {
    id: 'let-41',
    personId: PERSON.bekmukhanbetov,
    direction: 'out',
    channel: 'post',
    status: 'answered',
    writer: 'Marat K.',
    sent: 450,
    summary: 'Letter after the appeal: news of the campaign for members of «Азат Дала».',
  },
  {
    id: 'let-42',
    personId: PERSON.bekmukhanbetov,
    direction: 'in',
    channel: 'post',
    status: 'delivered',
    writer: 'Askhat Bekmukhanbetov',
    written: 438,
    received: 425,
    inReplyTo: 'let-41',
    summary:
      'Хатқа рақмет. Екінші іс бойынша тергеу жүріп жатқандықтан әлі тергеу изоляторында. Кітап оқып, ағылшын тілін үйреніп жүр.',
  },
  {
    id: 'let-43',
    personId: PERSON.bekmukhanbetov,
    direction: 'out',
    channel: 'e-letter',
    status: 'delivered',
    writer: 'Olga M.',
    sent: 200,
    received: 199,
    summary:
      'Through ХатЖолда; the service confirmed delivery to the detention centre the next day.',
  },
  {
    id: 'let-44',
    personId: PERSON.bekmukhanbetov,
    direction: 'out',
    channel: 'registered-post',
    status: 'lost',
    writer: 'Campaign team',
    sent: 130,
    tracking: 11_609_413,
    summary:
      'Registered letter. Tracking shows it reached Karaganda, then nothing: it probably arrived after he had been taken on transfer.',
  },
  {
    id: 'let-45',
    personId: PERSON.bekmukhanbetov,
    direction: 'in',
    channel: 'email',
    status: 'delivered',
    writer: 'Aliya Bekmukhanbetova (his sister)',
    received: 118,
    sharing: 'private',
    summary:
      'His sister writes that he was taken from ЕЦ-166/5 on transfer (этап) two days ago and the family has not been told where. She asks the campaign to make inquiries.',
  },
];

/**
 * A tracking number in the UPU S10 format that Kazpost uses (RR123456785KZ), with a real
 * check digit so that it passes the checks of tracking sites. The serials are invented.
 */
export function s10TrackingNumber(serial: number): string {
  const digits = String(serial).padStart(8, '0');
  const weights = [8, 6, 4, 2, 3, 5, 9, 7];
  const sum = [...digits].reduce(
    (total, digit, index) => total + Number(digit) * weights[index],
    0,
  );
  const check = 11 - (sum % 11);
  const checkDigit = check === 10 ? 0 : check === 11 ? 5 : check;
  return `RR${digits}${checkDigit}KZ`;
}

// ------------------------------------------------------------------ assembly

/** Builds every record of the sample for an archive created at `now`. */
export function buildSampleData(now: Date): SampleData {
  const calendar = new SampleCalendar(now);
  const day = (days: number) => calendar.day(days);
  const optionalDay = (days: number | undefined) => (days === undefined ? undefined : day(days));
  const stamp = now.toISOString();
  const meta = { createdAt: stamp, updatedAt: stamp };
  const records: SampleItem[] = [];

  for (const person of [...PRISONERS, ...OTHERS]) {
    records.push({
      kind: 'person',
      record: {
        id: person.id,
        name: person.name,
        nativeName: person.nativeName,
        aliases: [...person.aliases],
        birthDate: person.birthDate,
        role: person.role,
        status: person.status,
        notes: person.notes,
        relations: [...(RELATIONS[person.id] ?? [])],
        tags: [...person.tags],
        sharing: person.sharing,
        ...meta,
      },
    });
  }

  for (const facility of FACILITIES) {
    records.push({
      kind: 'facility',
      record: {
        id: facility.id,
        code: facility.code,
        name: facility.name,
        type: facility.type,
        regime: facility.regime,
        region: facility.region,
        country: 'KZ',
        addressLines: [...facility.addressLines],
        postcode: facility.postcode,
        letterRules: { ...facility.letterRules },
        notes: FICTIONAL_FACILITY,
        tags: [facility.type],
        sharing: 'team',
        ...meta,
      },
    });
  }

  for (const address of ADDRESSES) {
    records.push({
      kind: 'address',
      record: {
        id: address.id,
        personId: address.personId,
        facilityId: address.facilityId,
        lines: [...address.lines],
        linesLatin: [...address.linesLatin],
        postcode: address.postcode,
        country: 'KZ',
        validFrom: day(address.validFrom),
        validTo: optionalDay(address.validTo) ?? null,
        notes: address.notes ?? '',
        tags: address.validTo === undefined ? ['current'] : [],
        sharing: 'team',
        ...meta,
      },
    });
  }

  for (const facts of CASES) {
    records.push({
      kind: 'case',
      record: {
        id: facts.id,
        personId: facts.personId,
        title: facts.title,
        charges: facts.charges.map((charge) => ({ article: charge.article, text: charge.text.en })),
        court: facts.court.en,
        judge: facts.judge,
        lawyerId: facts.lawyerId,
        arrestDate: day(facts.arrest),
        detentionExtensions: facts.extensions.map(([decided, until]) => ({
          decidedOn: day(decided),
          until: day(until),
        })),
        hearingDates: facts.hearings.map(day),
        verdictDate: optionalDay(facts.verdict),
        appealDate: optionalDay(facts.appeal),
        sentence: facts.term ? { term: facts.term.en, fine: facts.fine } : undefined,
        status: facts.status,
        notes: facts.notes,
        tags: ['political case'],
        sharing: 'team',
        ...meta,
      },
    });
  }

  for (const event of EVENTS) {
    records.push({
      kind: 'event',
      record: {
        id: event.id,
        personId: event.personId,
        date: day(event.days),
        type: event.type,
        text: event.text,
        source: event.source,
        tags: [...(event.tags ?? [])],
        sharing: event.sharing ?? 'team',
        ...meta,
      },
    });
  }

  for (const letter of LETTERS) records.push({ kind: 'letter', record: letterRecord(letter) });

  for (const article of sampleArticles(calendar)) {
    records.push({
      kind: 'article',
      record: { ...article, personIds: [...article.personIds], tags: [...article.tags], ...meta },
    });
  }

  return { records, documents: sampleDocuments(calendar), stamp };

  function letterRecord(letter: LetterSpec): SampleRecord<'letter'> {
    // Letters that go to a postal address keep the address as it was written on them.
    const posted =
      letter.direction === 'out' &&
      (letter.channel === 'post' ||
        letter.channel === 'registered-post' ||
        letter.channel === 'e-letter');
    const when = letter.sent ?? letter.written ?? 0;
    const address = posted
      ? (ADDRESSES.find((candidate) => candidate.id === letter.addressId) ??
        addressOn(letter.personId, when))
      : undefined;
    const written =
      letter.written ??
      (letter.direction === 'out' && letter.sent !== undefined ? letter.sent + 2 : undefined);
    return {
      id: letter.id,
      personId: letter.personId,
      direction: letter.direction,
      writer: letter.writer,
      channel: letter.channel,
      writtenOn: optionalDay(written),
      sentOn: optionalDay(letter.sent),
      receivedOn: optionalDay(letter.received),
      addressId: address?.id,
      addressSnapshot: address
        ? {
            lines: [...(letter.writtenAs ? letter.writtenAs(address) : address.lines)],
            linesLatin: [...address.linesLatin],
            postcode: address.postcode,
            country: 'KZ',
          }
        : undefined,
      status: letter.status,
      trackingNumber:
        letter.tracking === undefined ? undefined : s10TrackingNumber(letter.tracking),
      summary: letter.summary,
      inReplyTo: letter.inReplyTo,
      tags: [...(letter.tags ?? [])],
      sharing: letter.sharing ?? 'team',
      ...meta,
    };
  }
}

/** The attachment record of a court paper's PDF, once its bytes are in the blob store. */
export function sampleAttachmentRecord(
  document: SampleDocument,
  file: { hash: string; size: number },
  stamp: string,
): SampleRecord<'attachment'> {
  return {
    id: document.attachmentId,
    hash: file.hash,
    originalName: document.fileName,
    mediaType: 'application/pdf',
    size: file.size,
    tags: [],
    sharing: document.sharing,
    createdAt: stamp,
    updatedAt: stamp,
  };
}

/** The document record of a court paper; its text is the text printed in the PDF. */
export function sampleDocumentRecord(
  document: SampleDocument,
  stamp: string,
): SampleRecord<'document'> {
  return {
    id: document.id,
    title: document.title,
    docType: document.docType,
    date: document.date,
    court: document.court,
    caseId: document.caseId,
    personIds: [...document.personIds],
    attachmentIds: [document.attachmentId],
    text: document.text,
    tags: [...document.tags],
    sharing: document.sharing,
    createdAt: stamp,
    updatedAt: stamp,
  };
}
