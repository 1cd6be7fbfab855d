import type { LocalizedText } from '@/api/schemas/common';
import type { CooperationEvent } from '@/api/schemas/cooperation';
import { F02_URL, F10_URL, F24_URL } from './cooperation-areas';

/**
 * The cooperation timeline of the demo backend. Every text is grounded
 * in /shared/domain/FACTS.md, facts.csv and events.csv; figure ids (F02…) and
 * event ids (E01…) follow those files so a reviewer can trace each line.
 */

const ALTAIINTER_URL = 'http://www.altaiinter.info/o-sovete';
const F11_URL = 'https://news.mail.ru/politics/69868131/';

const place = {
  omsk: { en: 'Omsk', ru: 'Омск', kk: 'Омбы' },
  barnaul: { en: 'Barnaul', ru: 'Барнаул', kk: 'Барнауыл' },
  ustKamenogorsk: {
    en: 'Ust-Kamenogorsk',
    ru: 'Усть-Каменогорск',
    kk: 'Өскемен',
  },
} satisfies Record<string, LocalizedText>;

/** One row of events.csv: the wire event plus the CSV's region_pair scope. */
export type EventRow = { event: CooperationEvent; regionPair: string };

export const eventRows: EventRow[] = [
  {
    regionPair: 'RU-KZ',
    event: {
      id: 'E01',
      date: '2003-04',
      precision: 'month',
      title: {
        en: '1st forum of heads of border regions of Russia and Kazakhstan (start of the interregional forum series)',
        ru: 'Первая встреча (форум) руководителей приграничных регионов РФ и РК',
        kk: 'Ресей мен Қазақстанның шекаралас өңірлері басшыларының алғашқы форумы (өңіраралық форумдар сериясының басталуы)',
      },
      place: place.omsk,
      category: 'forum',
      areas: ['trade-fairs'],
      status: 'held',
      sourceUrl: 'https://qmonitor.kz/politics/5554',
      confidence: 'high',
      note: {
        en: 'Annual since 2005, held in each country in turn.',
        ru: 'Ежегодно с 2005 года, поочерёдно в каждой из стран.',
        kk: '2005 жылдан бері жыл сайын елдерде кезекпен өтеді.',
      },
      caveat: null,
    },
  },
  {
    regionPair: 'KZ-63|RU-ALT|RU-AL',
    event: {
      id: 'E02',
      date: '2003',
      precision: 'year',
      title: {
        en: 'Agreement establishing the International Coordinating Council «Our Common Home – Altai» signed by legislatures of Altai Krai, Altai Republic, East Kazakhstan, Bayan-Ölgii, Khovd, XUAR',
        ru: 'Подписано соглашение о создании МКС «Наш общий дом – Алтай»',
        kk: 'Алтай өлкесінің, Алтай Республикасының, Шығыс Қазақстанның, Баян-Өлгий мен Ховд аймақтарының және ШҰАР-дың заң шығарушы органдары «Біздің ортақ үйіміз – Алтай» Халықаралық үйлестіру кеңесін құру туралы келісімге қол қойды',
      },
      place: place.barnaul,
      category: 'cultural_humanitarian',
      areas: ['culture'],
      status: 'held',
      sourceUrl: ALTAIINTER_URL,
      confidence: 'high',
      note: null,
      caveat: null,
    },
  },
  {
    regionPair: 'KZ-63|RU-ALT',
    event: {
      id: 'E03',
      date: '2006-08-17',
      precision: 'day',
      title: {
        en: '5th meeting of ICC «Our Common Home – Altai»; Memorandum and new Regulations signed; executive bodies join',
        ru: '5-е заседание МКС «Наш общий дом – Алтай»',
        kk: '«Біздің ортақ үйіміз – Алтай» Халықаралық үйлестіру кеңесінің 5-отырысы; Меморандум мен жаңа Ережеге қол қойылды; атқарушы органдар қосылды',
      },
      place: place.barnaul,
      category: 'cultural_humanitarian',
      areas: ['culture'],
      status: 'held',
      sourceUrl:
        'https://indigenous.ru/modules.php?name=News&file=article&sid=307',
      confidence: 'high',
      note: {
        en: 'The month and year also appear at http://altaiinter.info/en/o-sovete.',
        ru: 'Месяц и год указаны также на http://altaiinter.info/en/o-sovete.',
        kk: 'Айы мен жылы http://altaiinter.info/en/o-sovete сайтында да көрсетілген.',
      },
      caveat: null,
    },
  },
  {
    regionPair: 'KZ-63|RU-AL',
    event: {
      id: 'E04',
      date: '2011-07-28',
      precision: 'day',
      title: {
        en: 'ICC «Our Common Home – Altai» meeting',
        ru: 'Заседание МКС «Наш общий дом – Алтай»',
        kk: '«Біздің ортақ үйіміз – Алтай» Халықаралық үйлестіру кеңесінің отырысы',
      },
      place: {
        en: 'Gorno-Altaisk',
        ru: 'Горно-Алтайск',
        kk: 'Горно-Алтайск',
      },
      category: 'cultural_humanitarian',
      areas: ['culture'],
      status: 'held',
      sourceUrl:
        'http://old.elkurultay.ru/deyatelnost/deputatskaya-tribuna/publichnye-vystupleniya-predsedatelya-gs-ek-ra/4878-vystuplenie-i-i-belekova-predsedatelya-gossobraniya-el-kurultaj-respubliki-altaj-na-zasedanii-mks-nash-obshchij-dom-altaj-g-gorno-altajsk-28-07-2011g',
      confidence: 'high',
      note: {
        en: 'The meeting number is not stated in the excerpt.',
        ru: 'Номер заседания в цитируемом фрагменте не указан.',
        kk: 'Отырыстың нөмірі үзіндіде көрсетілмеген.',
      },
      caveat: null,
    },
  },
  {
    regionPair: 'multi',
    event: {
      id: 'E05',
      date: '2017',
      precision: 'year',
      title: {
        en: '14th meeting of ICC «Our Common Home – Altai»',
        ru: '14-е заседание МКС «Наш общий дом – Алтай»',
        kk: '«Біздің ортақ үйіміз – Алтай» Халықаралық үйлестіру кеңесінің 14-отырысы',
      },
      place: { en: 'Urumqi', ru: 'Урумчи', kk: 'Үрімжі' },
      category: 'cultural_humanitarian',
      areas: ['culture'],
      status: 'held',
      sourceUrl:
        'https://www.mngz.ru/russia-world-sensation/2886893-grani-sotrudnichestva-rossiya-kitay-mongoliya-kazahstan.html',
      confidence: 'medium',
      note: {
        en: 'Year inferred from the «Year of Ecology 2017» context.',
        ru: 'Год выведен из контекста «Года экологии — 2017».',
        kk: 'Жылы «Экология жылы – 2017» контекстінен анықталды.',
      },
      caveat: {
        en: 'The source does not state the year; 2017 is inferred from context.',
        ru: 'Источник не называет год; 2017 год выведен из контекста.',
        kk: 'Дереккөз жылын көрсетпейді; 2017 жыл контекстен анықталған.',
      },
    },
  },
  {
    regionPair: 'multi',
    event: {
      id: 'E06',
      date: '2018-06',
      precision: 'month',
      title: {
        en: '15th meeting of ICC; decision to create an Economic Council of the Greater Altai regions',
        ru: '15-е заседание МКС; решение о создании Экономического совета регионов Большого Алтая',
        kk: 'Халықаралық үйлестіру кеңесінің 15-отырысы; Үлкен Алтай өңірлерінің Экономикалық кеңесін құру туралы шешім',
      },
      place: {
        en: 'Khovd (Mongolia)',
        ru: 'Ховд (Монголия)',
        kk: 'Ховд (Моңғолия)',
      },
      category: 'cultural_humanitarian',
      areas: ['culture'],
      status: 'held',
      sourceUrl:
        'https://en.inform.kz/amp/4-countries-create-economic-council-of-greater-altai-regions_a3295784/',
      confidence: 'high',
      note: {
        en: 'The article is dated 21 June 2018.',
        ru: 'Статья датирована 21 июня 2018 года.',
        kk: 'Мақала 2018 жылғы 21 маусымда жарияланған.',
      },
      caveat: null,
    },
  },
  {
    regionPair: 'KZ-63',
    event: {
      id: 'E07',
      date: '2019-03-06',
      precision: 'day',
      title: {
        en: '«Gold of the Great Steppe» exhibition (Berel kurgans, East Kazakhstan museum) opens, runs to 25 Mar 2019',
        ru: 'Выставка «Золото Великой степи» (6–25 марта 2019)',
        kk: '«Ұлы дала алтыны» көрмесі (Берел қорғандары, Шығыс Қазақстан мұражайы) ашылды, 2019 жылғы 25 наурызға дейін жалғасты',
      },
      place: {
        en: 'Moscow (Museum of Contemporary History of Russia)',
        ru: 'Москва (Музей современной истории России)',
        kk: 'Мәскеу (Ресейдің қазіргі заман тарихы мұражайы)',
      },
      category: 'exhibition',
      areas: ['culture', 'trade-fairs'],
      status: 'held',
      sourceUrl:
        'https://ru.sputnik.kz/20190306/sokrovishcha-drevnij-kazakhstan-moscow-9520665.html',
      confidence: 'high',
      note: null,
      caveat: null,
    },
  },
  {
    regionPair: 'RU-ALT|KZ',
    event: {
      id: 'E08',
      date: '2019-11-07',
      precision: 'day',
      title: {
        en: 'XVI Forum; Tomenko: Altai Krai–Kazakhstan trade ≈ USD 480m (export ≈360m, import ≈120m)',
        ru: 'XVI Форум; Томенко: товарооборот Алтайского края с РК ≈480 млн долл.',
        kk: 'XVI форум; Томенко: Алтай өлкесі мен Қазақстанның тауар айналымы ≈480 млн АҚШ доллары (экспорт ≈360 млн, импорт ≈120 млн)',
      },
      place: place.omsk,
      category: 'forum',
      areas: ['trade-fairs'],
      status: 'held',
      sourceUrl: F10_URL,
      confidence: 'high',
      note: null,
      caveat: null,
    },
  },
  {
    regionPair: 'KZ-63',
    event: {
      id: 'E09',
      date: '2021-09-28',
      precision: 'day',
      title: {
        en: '«Gold of the Great Steppe» at the Fitzwilliam Museum, University of Cambridge (to 30 Jan 2022, ~25,000 visitors)',
        ru: '«Золото Великой степи» в Музее Фицуильяма (Кембридж), до 30.01.2022',
        kk: '«Ұлы дала алтыны» Кембридж университетінің Фицуильям мұражайында (2022 жылғы 30 қаңтарға дейін, шамамен 25 000 келуші)',
      },
      place: {
        en: 'Cambridge (UK)',
        ru: 'Кембридж (Великобритания)',
        kk: 'Кембридж (Ұлыбритания)',
      },
      category: 'exhibition',
      areas: ['culture', 'trade-fairs'],
      status: 'held',
      sourceUrl: F24_URL,
      confidence: 'high',
      note: {
        en: 'The UK venue was Cambridge, not London.',
        ru: 'Площадка в Великобритании — Кембридж, а не Лондон.',
        kk: 'Ұлыбританиядағы өткен орны — Лондон емес, Кембридж.',
      },
      caveat: {
        en: 'The akimat’s press release says London; the verified UK venue was the Fitzwilliam Museum in Cambridge.',
        ru: 'В пресс-релизе акимата указан Лондон; подтверждённая площадка в Великобритании — Музей Фицуильяма в Кембридже.',
        kk: 'Әкімдіктің баспасөз хабарламасында Лондон деп көрсетілген; Ұлыбританиядағы расталған орны — Кембридждегі Фицуильям мұражайы.',
      },
    },
  },
  {
    regionPair: 'RU-KZ',
    event: {
      id: 'E10',
      date: '2021-09-30',
      precision: 'day',
      title: {
        en: 'XVII Forum (virtual), theme ecology and green growth',
        ru: 'XVII Форум (онлайн), экология и «зеленый» рост',
        kk: 'XVII форум (онлайн), тақырыбы — экология және «жасыл» өсу',
      },
      place: { en: 'Kokshetau', ru: 'Кокшетау', kk: 'Көкшетау' },
      category: 'forum',
      areas: ['trade-fairs'],
      status: 'held',
      sourceUrl:
        'https://www.inform.kz/en/17th-kazakhstan-russia-cross-border-cooperation-forum-kicks-off-in-kokshetau_a3843003',
      confidence: 'high',
      note: null,
      caveat: null,
    },
  },
  {
    regionPair: 'KZ-63|KZ-10',
    event: {
      id: 'E11',
      date: '2022-06-08',
      precision: 'day',
      title: {
        en: 'Abai Region created from East Kazakhstan Region (Semey etc.) — break in VKO statistical series',
        ru: 'Образована Абайская область (выделена из ВКО)',
        kk: 'Шығыс Қазақстан облысынан (Семей және т.б.) Абай облысы бөлініп құрылды — ШҚО статистикалық қатарларының үзілуі',
      },
      place: { en: 'Semey', ru: 'Семей', kk: 'Семей' },
      category: 'admin_change',
      areas: [],
      status: 'held',
      sourceUrl: 'https://abai.invest.gov.kz/about/info/',
      confidence: 'high',
      note: null,
      caveat: null,
    },
  },
  {
    regionPair: 'RU-ALT|KZ-10',
    event: {
      id: 'E12',
      date: '2022-11-28',
      precision: 'day',
      title: {
        en: 'XVIII Forum; Altai Krai and Abai Region sign comprehensive cooperation agreement',
        ru: 'XVIII Форум; соглашение Алтайского края и Абайской области',
        kk: 'XVIII форум; Алтай өлкесі мен Абай облысы жан-жақты ынтымақтастық туралы келісімге қол қойды',
      },
      place: { en: 'Orenburg', ru: 'Оренбург', kk: 'Орынбор' },
      category: 'forum',
      areas: ['trade-fairs', 'joint-projects'],
      status: 'held',
      sourceUrl:
        'https://altapress.ru/zhizn/story/altayskiy-kray-podpisal-soglashenie-o-vsestoronnem-sotrudnichestve-s-abayskoy-oblastyu-vostochnogo-kazahstana-315791?new_pda=1',
      confidence: 'high',
      note: {
        en: 'Date from https://orenburg.media/?p=165319.',
        ru: 'Дата по https://orenburg.media/?p=165319.',
        kk: 'Күні https://orenburg.media/?p=165319 бойынша.',
      },
      caveat: null,
    },
  },
  {
    regionPair: 'KZ',
    event: {
      id: 'E13',
      date: '2023-06-09',
      precision: 'day',
      title: {
        en: '«Gold of the Great Steppe» exhibition reported open in the Kazan Kremlin',
        ru: '«Золото Великой степи» в Казанском кремле',
        kk: '«Ұлы дала алтыны» көрмесінің Қазан Кремлінде ашық тұрғаны хабарланды',
      },
      place: { en: 'Kazan', ru: 'Казань', kk: 'Қазан' },
      category: 'exhibition',
      areas: ['culture', 'trade-fairs'],
      status: 'held',
      sourceUrl:
        'https://newsxtream.com/ru/news/v-kazanskom-kremle-mozno-uvidet-vystavku-zoloto-velikoi-stepi',
      confidence: 'medium',
      note: {
        en: 'The date is the report date; exact opening and closing dates were not found.',
        ru: 'Дата — это дата сообщения; точные даты открытия и закрытия не найдены.',
        kk: 'Көрсетілген күн — хабар жарияланған күн; ашылу мен жабылудың нақты күндері табылмады.',
      },
      caveat: {
        en: 'This is the date of a report that the exhibition was open; the exact opening date was not found.',
        ru: 'Это дата сообщения о работе выставки; точная дата открытия не найдена.',
        kk: 'Бұл — көрменің жұмыс істеп тұрғаны туралы хабардың күні; нақты ашылған күні табылмады.',
      },
    },
  },
  {
    regionPair: 'KZ-63',
    event: {
      id: 'E14',
      date: '2023-06-16',
      precision: 'day',
      title: {
        en: 'Ermek Kosherbayev appointed akim of East Kazakhstan Region',
        ru: 'Назначение Е. Кошербаева акимом ВКО',
        kk: 'Ермек Көшербаев Шығыс Қазақстан облысының әкімі болып тағайындалды',
      },
      place: place.ustKamenogorsk,
      category: 'governance',
      areas: [],
      status: 'held',
      sourceUrl:
        'https://bes.media/news/naznachen-noviy-akim-vostochno-kazahstanskoy-oblasti-7b51ac',
      confidence: 'high',
      note: null,
      caveat: null,
    },
  },
  {
    regionPair: 'KZ-63|RU-ALT',
    event: {
      id: 'E15',
      date: '2023-11-09',
      precision: 'day',
      title: {
        en: 'XIX Forum of Interregional Cooperation opens; Kosherbayev–Tomenko bilateral meeting (927m USD Jan–Aug trade quoted)',
        ru: 'XIX Форум межрегионального сотрудничества; встреча Кошербаева и Томенко',
        kk: 'XIX Өңіраралық ынтымақтастық форумы ашылды; Көшербаев пен Томенконың екіжақты кездесуі (қаңтар–тамыздағы 927 млн АҚШ доллары тауар айналымы аталды)',
      },
      place: { en: 'Kostanay', ru: 'Костанай', kk: 'Қостанай' },
      category: 'forum',
      areas: ['trade-fairs', 'joint-projects'],
      status: 'held',
      sourceUrl: F02_URL,
      confidence: 'high',
      note: {
        en: 'The forum date is well attested (russkiymir.ru/news/319644/); the exact day of the bilateral meeting is not confirmed.',
        ru: 'Дата форума надёжно подтверждена (russkiymir.ru/news/319644/); точный день двусторонней встречи не подтверждён.',
        kk: 'Форумның күні сенімді расталған (russkiymir.ru/news/319644/); екіжақты кездесудің нақты күні расталмаған.',
      },
      caveat: {
        en: 'The exact day of the Kosherbayev–Tomenko meeting is not confirmed; 9 November 2023 is the day the forum opened.',
        ru: 'Точный день встречи Кошербаева и Томенко не подтверждён; 9 ноября 2023 года — день открытия форума.',
        kk: 'Көшербаев пен Томенко кездесуінің нақты күні расталмаған; 2023 жылғы 9 қараша — форумның ашылған күні.',
      },
    },
  },
  {
    regionPair: 'KZ',
    event: {
      id: 'E16',
      date: '2023-12-15',
      precision: 'day',
      title: {
        en: '«Gold of the Great Steppe» opens at the Museum of Anatolian Civilizations (Kazakhstan Independence Day)',
        ru: '«Золото Великой степи» в Музее анатолийских цивилизаций',
        kk: '«Ұлы дала алтыны» Анадолы өркениеттері мұражайында ашылды (Қазақстанның Тәуелсіздік күні)',
      },
      place: { en: 'Ankara', ru: 'Анкара', kk: 'Анкара' },
      category: 'exhibition',
      areas: ['culture', 'trade-fairs'],
      status: 'held',
      sourceUrl: 'https://turktav.org/qha-com-2/',
      confidence: 'high',
      note: {
        en: 'The source states 15 December 2023 (a re-post of a QHA article).',
        ru: 'В источнике указано 15 декабря 2023 года (перепечатка статьи QHA).',
        kk: 'Дереккөзде 2023 жылғы 15 желтоқсан көрсетілген (QHA мақаласының көшірмесі).',
      },
      caveat: null,
    },
  },
  {
    regionPair: 'RU-KZ',
    event: {
      id: 'E17',
      date: '2024-11-26',
      precision: 'day',
      title: {
        en: 'XX (jubilee) Forum of Interregional Cooperation (26–27 Nov)',
        ru: 'XX Форум межрегионального сотрудничества',
        kk: 'XX (мерейтойлық) Өңіраралық ынтымақтастық форумы (26–27 қараша)',
      },
      place: { en: 'Ufa', ru: 'Уфа', kk: 'Уфа' },
      category: 'forum',
      areas: ['trade-fairs'],
      status: 'held',
      sourceUrl:
        'https://mkset.ru/news/2024-11-15/zaharova-zaviduet-ufe-iz-za-vkusnogo-foruma-5248902?amp=1',
      confidence: 'high',
      note: null,
      caveat: null,
    },
  },
  {
    regionPair: 'KZ-63',
    event: {
      id: 'E18',
      date: '2025-02-14',
      precision: 'day',
      title: {
        en: 'Kosherbayev becomes Deputy PM; Nurymbet Saktaganov appointed akim of VKO',
        ru: 'Кошербаев — вице-премьер; акимом ВКО назначен Н. Сактаганов',
        kk: 'Көшербаев Премьер-министрдің орынбасары болды; Нұрымбет Сақтағанов ШҚО әкімі болып тағайындалды',
      },
      place: place.ustKamenogorsk,
      category: 'governance',
      areas: [],
      status: 'held',
      sourceUrl:
        'https://bes.media/news/naznachen-noviy-akim-vostochno-kazahstanskoy-oblasti-7b51ac',
      confidence: 'high',
      note: {
        en: 'The source gives the date Kosherbayev left office; Saktaganov’s appointment date is assumed to be the same.',
        ru: 'Источник называет дату ухода Кошербаева с должности; дата назначения Сактаганова принята такой же.',
        kk: 'Дереккөз Көшербаевтың қызметтен кеткен күнін көрсетеді; Сақтағановтың тағайындалған күні де сол күн деп алынды.',
      },
      caveat: {
        en: 'Saktaganov’s appointment date is assumed, not stated by the source.',
        ru: 'Дата назначения Сактаганова предположительная, в источнике она не указана.',
        kk: 'Сақтағановтың тағайындалған күні болжамды, дереккөзде ол көрсетілмеген.',
      },
    },
  },
  {
    regionPair: 'RU-KZ',
    event: {
      id: 'E19',
      date: '2025-11-11',
      precision: 'day',
      title: {
        en: 'XXI Forum of Interregional Cooperation (11–12 Nov)',
        ru: 'XXI Форум межрегионального сотрудничества',
        kk: 'XXI Өңіраралық ынтымақтастық форумы (11–12 қараша)',
      },
      place: { en: 'Uralsk (Oral)', ru: 'Уральск', kk: 'Орал' },
      category: 'forum',
      areas: ['trade-fairs'],
      status: 'held',
      sourceUrl: 'https://tass.ru/obschestvo/25607393',
      confidence: 'high',
      note: {
        en: 'The numbering XXI is confirmed (baq.kz); the XX Forum was held in Ufa in 2024.',
        ru: 'Нумерация XXI подтверждена (baq.kz); XX Форум прошёл в Уфе в 2024 году.',
        kk: 'XXI нөмірі расталған (baq.kz); XX форум 2024 жылы Уфада өтті.',
      },
      caveat: null,
    },
  },
  {
    regionPair: 'KZ-63|RU-ALT',
    event: {
      id: 'E20',
      date: '2026-02-19',
      precision: 'day',
      title: {
        en: 'Tomenko and VKO akim Saktaganov sign protocol on developing bilateral relations',
        ru: 'Протокол о развитии двусторонних отношений Алтайского края и ВКО',
        kk: 'Томенко мен ШҚО әкімі Сақтағанов екіжақты қатынастарды дамыту туралы хаттамаға қол қойды',
      },
      place: place.barnaul,
      category: 'governance',
      areas: ['joint-projects'],
      status: 'held',
      sourceUrl: F11_URL,
      confidence: 'high',
      note: null,
      caveat: null,
    },
  },
  {
    regionPair: 'RU-KZ',
    event: {
      id: 'E21',
      date: '2026-09',
      precision: 'month',
      title: {
        en: 'XXII Forum planned (autumn 2026)',
        ru: 'XXII Форум (план, осень 2026)',
        kk: 'XXII форум жоспарланған (2026 жылдың күзі)',
      },
      place: place.omsk,
      category: 'forum',
      areas: ['trade-fairs'],
      status: 'planned',
      sourceUrl: 'https://news.mail.ru/politics/70122772/',
      confidence: 'medium',
      note: {
        en: 'Announced as planned; that it was held is not confirmed by any source here.',
        ru: 'Объявлен как запланированный; его проведение не подтверждено ни одним из имеющихся источников.',
        kk: 'Жоспарланған ретінде жарияланған; оның өткенін мұндағы бірде-бір дереккөз растамайды.',
      },
      caveat: {
        en: 'Announced as planned for autumn 2026; no source here confirms that it was held.',
        ru: 'Объявлен как запланированный на осень 2026 года; ни один из имеющихся источников не подтверждает, что он состоялся.',
        kk: '2026 жылдың күзіне жоспарланған ретінде жарияланған; мұндағы бірде-бір дереккөз оның өткенін растамайды.',
      },
    },
  },
];
