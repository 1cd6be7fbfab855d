import type { SectorsResponse } from '@/api/schemas/sectors';
import { CHAPTERS } from './chapters';

/**
 * The 21 HS / TN VED EAEU sections from shared/domain/hs_sections.csv. English
 * and Russian titles are the official ones. No official Kazakh text of the
 * section titles was found, so the Kazakh titles are our own translation,
 * modelled on the Russian wording, and flagged `kkUnofficial` for the UI.
 */
export const sectorsResponse: SectorsResponse = {
  sectors: [
    {
      id: 'I',
      number: 1,
      chapters: '01-05',
      group: 'agri_food',
      name: {
        en: 'Live animals; animal products',
        ru: 'Живые животные; продукты животного происхождения',
        kk: 'Тірі жануарлар; жануарлардан алынатын өнімдер',
      },
      shortName: {
        en: 'Live animals & animal products',
        ru: 'Живые животные и продукция',
        kk: 'Тірі жануарлар мен өнімдері',
      },
      kkUnofficial: true,
    },
    {
      id: 'II',
      number: 2,
      chapters: '06-14',
      group: 'agri_food',
      name: {
        en: 'Vegetable products',
        ru: 'Продукты растительного происхождения',
        kk: 'Өсімдіктен алынатын өнімдер',
      },
      shortName: {
        en: 'Vegetable products',
        ru: 'Растительная продукция',
        kk: 'Өсімдік өнімдері',
      },
      kkUnofficial: true,
    },
    {
      id: 'III',
      number: 3,
      chapters: '15',
      group: 'agri_food',
      name: {
        en: 'Animal, vegetable or microbial fats and oils and their cleavage products; prepared edible fats; animal or vegetable waxes',
        ru: 'Жиры и масла животного, растительного или микробиологического происхождения и продукты их расщепления; готовые пищевые жиры; воски животного или растительного происхождения',
        kk: 'Жануар, өсімдік немесе микробиологиялық тектес майлар мен тоң майлар және олардың ыдырау өнімдері; дайын тағамдық майлар; жануар немесе өсімдік тектес балауыздар',
      },
      shortName: {
        en: 'Fats & oils',
        ru: 'Жиры и масла',
        kk: 'Жануар және өсімдік майлары',
      },
      kkUnofficial: true,
    },
    {
      id: 'IV',
      number: 4,
      chapters: '16-24',
      group: 'agri_food',
      name: {
        en: 'Prepared foodstuffs; beverages, spirits and vinegar; tobacco and manufactured tobacco substitutes; products, whether or not containing nicotine, intended for inhalation without combustion; other nicotine containing products intended for the intake of nicotine into the human body',
        ru: 'Готовые пищевые продукты; алкогольные и безалкогольные напитки и уксус; табак и промышленные заменители табака; продукция, содержащая или не содержащая никотин, предназначенная для вдыхания без горения; прочая никотинсодержащая продукция, предназначенная для поступления никотина в организм человека',
        kk: 'Дайын азық-түлік өнімдері; алкогольді және алкогольсіз сусындар мен сірке суы; темекі және темекінің өнеркәсіптік алмастырғыштары; құрамында никотин бар немесе жоқ, жанусыз ингаляцияға арналған өнімдер; никотинді адам ағзасына енгізуге арналған құрамында никотин бар өзге де өнімдер',
      },
      shortName: {
        en: 'Food, beverages & tobacco',
        ru: 'Продукты, напитки и табак',
        kk: 'Азық-түлік, сусындар, темекі',
      },
      kkUnofficial: true,
    },
    {
      id: 'V',
      number: 5,
      chapters: '25-27',
      group: 'minerals_energy',
      name: {
        en: 'Mineral products',
        ru: 'Минеральные продукты',
        kk: 'Минералдық өнімдер',
      },
      shortName: {
        en: 'Mineral products',
        ru: 'Минеральные продукты',
        kk: 'Минералдық өнімдер',
      },
      kkUnofficial: true,
    },
    {
      id: 'VI',
      number: 6,
      chapters: '28-38',
      group: 'chemicals_plastics',
      name: {
        en: 'Products of the chemical or allied industries',
        ru: 'Продукция химической и связанных с ней отраслей промышленности',
        kk: 'Химия өнеркәсібінің және онымен байланысты салалардың өнімдері',
      },
      shortName: {
        en: 'Chemical products',
        ru: 'Химическая продукция',
        kk: 'Химиялық өнімдер',
      },
      kkUnofficial: true,
    },
    {
      id: 'VII',
      number: 7,
      chapters: '39-40',
      group: 'chemicals_plastics',
      name: {
        en: 'Plastics and articles thereof; rubber and articles thereof',
        ru: 'Пластмассы и изделия из них; каучук, резина и изделия из них',
        kk: 'Пластмассалар және олардан жасалған бұйымдар; каучук, резеңке және олардан жасалған бұйымдар',
      },
      shortName: {
        en: 'Plastics & rubber',
        ru: 'Пластмассы, каучук, резина',
        kk: 'Пластмасса, каучук, резеңке',
      },
      kkUnofficial: true,
    },
    {
      id: 'VIII',
      number: 8,
      chapters: '41-43',
      group: 'light_industry',
      name: {
        en: 'Raw hides and skins, leather, furskins and articles thereof; saddlery and harness; travel goods, handbags and similar containers; articles of animal gut (other than silkworm gut)',
        ru: 'Необработанные шкуры, выделанная кожа, натуральный мех и изделия из них; шорно-седельные изделия и упряжь; дорожные принадлежности, дамские сумки и аналогичные им товары; изделия из кишок животных (кроме волокна из фиброина шелкопряда)',
        kk: 'Өңделмеген терілер, иленген былғары, табиғи аң терісі және олардан жасалған бұйымдар; ер-тұрман бұйымдары мен әбзел; жол керек-жарақтары, әйелдер сөмкелері және соларға ұқсас тауарлар; жануарлар ішегінен жасалған бұйымдар (жібек құртының фиброин талшығынан басқа)',
      },
      shortName: {
        en: 'Hides, leather & furs',
        ru: 'Шкуры, кожа и мех',
        kk: 'Тері, былғары және үлбір',
      },
      kkUnofficial: true,
    },
    {
      id: 'IX',
      number: 9,
      chapters: '44-46',
      group: 'wood_paper',
      name: {
        en: 'Wood and articles of wood; wood charcoal; cork and articles of cork; manufactures of straw, of esparto or of other plaiting materials; basketware and wickerwork',
        ru: 'Древесина и изделия из нее; древесный уголь; пробка и изделия из нее; изделия из соломы, альфы или прочих материалов для плетения; корзиночные и другие плетеные изделия',
        kk: 'Сүрек және одан жасалған бұйымдар; ағаш көмірі; тығын және одан жасалған бұйымдар; сабаннан, эспартодан немесе өруге арналған басқа да материалдардан жасалған бұйымдар; себеттер және басқа да өрме бұйымдар',
      },
      shortName: {
        en: 'Wood & wood products',
        ru: 'Древесина и изделия из неё',
        kk: 'Сүрек және ағаш бұйымдары',
      },
      kkUnofficial: true,
    },
    {
      id: 'X',
      number: 10,
      chapters: '47-49',
      group: 'wood_paper',
      name: {
        en: 'Pulp of wood or of other fibrous cellulosic material; recovered (waste and scrap) paper or paperboard; paper and paperboard and articles thereof',
        ru: 'Масса из древесины или других волокнистых целлюлозных материалов; регенерируемые бумага или картон (макулатура и отходы); бумага, картон и изделия из них',
        kk: 'Сүректен немесе басқа да талшықты целлюлоза материалдарынан алынған масса; қайта өңделетін қағаз немесе картон (макулатура мен қалдықтар); қағаз, картон және олардан жасалған бұйымдар',
      },
      shortName: {
        en: 'Pulp, paper & paperboard',
        ru: 'Целлюлоза, бумага, картон',
        kk: 'Целлюлоза, қағаз, картон',
      },
      kkUnofficial: true,
    },
    {
      id: 'XI',
      number: 11,
      chapters: '50-63',
      group: 'light_industry',
      name: {
        en: 'Textiles and textile articles',
        ru: 'Текстильные материалы и текстильные изделия',
        kk: 'Тоқыма материалдары және тоқыма бұйымдары',
      },
      shortName: {
        en: 'Textiles & apparel',
        ru: 'Текстиль и одежда',
        kk: 'Тоқыма және киім-кешек',
      },
      kkUnofficial: true,
    },
    {
      id: 'XII',
      number: 12,
      chapters: '64-67',
      group: 'light_industry',
      name: {
        en: 'Footwear, headgear, umbrellas, sun umbrellas, walking-sticks, seat-sticks, whips, riding-crops and parts thereof; prepared feathers and articles made therewith; artificial flowers; articles of human hair',
        ru: 'Обувь, головные уборы, зонты, солнцезащитные зонты, трости, трости-сиденья, хлысты, кнуты для верховой езды и их части; перья обработанные и изделия из них; искусственные цветы; изделия из волос человека',
        kk: 'Аяқ киім, бас киім, қолшатырлар, күннен қорғайтын қолшатырлар, таяқтар, отырғышы бар таяқтар, қамшылар мен салт атқа мінуге арналған шыбыртқылар және олардың бөліктері; өңделген қауырсындар және олардан жасалған бұйымдар; жасанды гүлдер; адам шашынан жасалған бұйымдар',
      },
      shortName: {
        en: 'Footwear & headgear',
        ru: 'Обувь и головные уборы',
        kk: 'Аяқ киім және бас киім',
      },
      kkUnofficial: true,
    },
    {
      id: 'XIII',
      number: 13,
      chapters: '68-70',
      group: 'construction_materials',
      name: {
        en: 'Articles of stone, plaster, cement, asbestos, mica or similar materials; ceramic products; glass and glassware',
        ru: 'Изделия из камня, гипса, цемента, асбеста, слюды или аналогичных материалов; керамические изделия; стекло и изделия из него',
        kk: 'Тастан, гипстен, цементтен, асбесттен, слюдадан немесе соларға ұқсас материалдардан жасалған бұйымдар; керамикалық бұйымдар; шыны және одан жасалған бұйымдар',
      },
      shortName: {
        en: 'Stone, ceramics & glass',
        ru: 'Камень, керамика, стекло',
        kk: 'Тас, керамика және шыны',
      },
      kkUnofficial: true,
    },
    {
      id: 'XIV',
      number: 14,
      chapters: '71',
      group: 'metals',
      name: {
        en: 'Natural or cultured pearls, precious or semi-precious stones, precious metals, metals clad with precious metal, and articles thereof; imitation jewellery; coin',
        ru: 'Природные или культивированные жемчуг, драгоценные или полудрагоценные камни, драгоценные металлы, металлы, плакированные драгоценными металлами, и изделия из них; бижутерия; монеты',
        kk: 'Табиғи немесе қолдан өсірілген інжу, асыл немесе жартылай асыл тастар, асыл металдар, асыл металмен қапталған металдар және олардан жасалған бұйымдар; бижутерия; монеталар',
      },
      shortName: {
        en: 'Precious metals & stones',
        ru: 'Драгоценные металлы и камни',
        kk: 'Бағалы металдар мен тастар',
      },
      kkUnofficial: true,
    },
    {
      id: 'XV',
      number: 15,
      chapters: '72-83',
      group: 'metals',
      name: {
        en: 'Base metals and articles of base metal',
        ru: 'Недрагоценные металлы и изделия из них',
        kk: 'Асыл емес металдар және олардан жасалған бұйымдар',
      },
      shortName: {
        en: 'Base metals',
        ru: 'Недрагоценные металлы',
        kk: 'Бағалы емес металдар',
      },
      kkUnofficial: true,
    },
    {
      id: 'XVI',
      number: 16,
      chapters: '84-85',
      group: 'machinery',
      name: {
        en: 'Machinery and mechanical appliances; electrical equipment; parts thereof; sound recorders and reproducers, television image and sound recorders and reproducers, and parts and accessories of such articles',
        ru: 'Машины, оборудование и механизмы; электротехническое оборудование; их части; звукозаписывающая и звуковоспроизводящая аппаратура, аппаратура для записи и воспроизведения телевизионного изображения и звука, их части и принадлежности',
        kk: 'Машиналар, жабдықтар мен механизмдер; электр техникалық жабдықтар; олардың бөліктері; дыбыс жазатын және дыбысты қайта жаңғыртатын аппаратура, телевизиялық бейне мен дыбысты жазуға және қайта жаңғыртуға арналған аппаратура, олардың бөліктері мен керек-жарақтары',
      },
      shortName: {
        en: 'Machinery & electrical',
        ru: 'Машины и электрооборудование',
        kk: 'Машиналар мен электр жабдықтары',
      },
      kkUnofficial: true,
    },
    {
      id: 'XVII',
      number: 17,
      chapters: '86-89',
      group: 'transport_equipment',
      name: {
        en: 'Vehicles, aircraft, vessels and associated transport equipment',
        ru: 'Средства наземного транспорта, летательные аппараты, плавучие средства и относящиеся к транспорту устройства и оборудование',
        kk: 'Жерүсті көлік құралдары, ұшу аппараттары, жүзу құралдары және көлікке қатысты құрылғылар мен жабдықтар',
      },
      shortName: {
        en: 'Vehicles & transport equip.',
        ru: 'Транспортные средства',
        kk: 'Көлік құралдары',
      },
      kkUnofficial: true,
    },
    {
      id: 'XVIII',
      number: 18,
      chapters: '90-92',
      group: 'machinery',
      name: {
        en: 'Optical, photographic, cinematographic, measuring, checking, precision, medical or surgical instruments and apparatus; clocks and watches; musical instruments; parts and accessories thereof',
        ru: 'Инструменты и аппараты оптические, фотографические, кинематографические, измерительные, контрольные, прецизионные, медицинские или хирургические; часы; музыкальные инструменты; их части и принадлежности',
        kk: 'Оптикалық, фотографиялық, кинематографиялық, өлшеу, бақылау, прецизиялық, медициналық немесе хирургиялық құралдар мен аппараттар; сағаттар; музыкалық аспаптар; олардың бөліктері мен керек-жарақтары',
      },
      shortName: {
        en: 'Optics & medical instruments',
        ru: 'Оптика и медицинские приборы',
        kk: 'Оптика және медициналық аспаптар',
      },
      kkUnofficial: true,
    },
    {
      id: 'XIX',
      number: 19,
      chapters: '93',
      group: 'other',
      name: {
        en: 'Arms and ammunition; parts and accessories thereof',
        ru: 'Оружие и боеприпасы; их части и принадлежности',
        kk: 'Қару-жарақ пен оқ-дәрілер; олардың бөліктері мен керек-жарақтары',
      },
      shortName: {
        en: 'Arms & ammunition',
        ru: 'Оружие и боеприпасы',
        kk: 'Қару-жарақ пен оқ-дәрі',
      },
      kkUnofficial: true,
    },
    {
      id: 'XX',
      number: 20,
      chapters: '94-96',
      group: 'other',
      name: {
        en: 'Miscellaneous manufactured articles',
        ru: 'Разные промышленные товары',
        kk: 'Әртүрлі өнеркәсіп тауарлары',
      },
      shortName: {
        en: 'Miscellaneous manufactures',
        ru: 'Разные промышленные товары',
        kk: 'Әртүрлі өнеркәсіп тауарлары',
      },
      kkUnofficial: true,
    },
    {
      id: 'XXI',
      number: 21,
      chapters: '97',
      group: 'other',
      name: {
        en: "Works of art, collectors' pieces and antiques",
        ru: 'Произведения искусства, предметы коллекционирования и антиквариат',
        kk: 'Өнер туындылары, коллекциялық заттар және антиквариат',
      },
      shortName: {
        en: 'Art & antiques',
        ru: 'Искусство и антиквариат',
        kk: 'Өнер және антиквариат',
      },
      kkUnofficial: true,
    },
  ],
  chapters: [...CHAPTERS],
};
