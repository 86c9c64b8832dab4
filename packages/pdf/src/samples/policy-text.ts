import type { z } from 'zod';
import type { Language } from '../schemas/common.js';
import type { policyContentSchema } from '../schemas/policy.js';

type PolicyContent = z.input<typeof policyContentSchema>;

export const POLICY_VERSION = '2.0';

export const POLICY_TITLES: Record<Language, string> = {
  kk: 'Жұмыс орнындағы қудалаудың алдын алу және әйелдер мен ерлердің тең мүмкіндіктері саясаты',
  ru: 'Политика предотвращения домогательств на рабочем месте и обеспечения равных возможностей женщин и мужчин',
  en: 'Policy on preventing harassment at work and ensuring equal opportunities for women and men',
};

/** The same seven sections in each language, so the texts can be shown in parallel columns. */
export const POLICY_TEXT: Record<Language, PolicyContent> = {
  kk: {
    title: POLICY_TITLES.kk,
    summary:
      'Ұйым әрбір қызметкердің қадір-қасиеті құрметтелетін, әйелдер мен ерлер тең мүмкіндіктерге ие қауіпсіз жұмыс ортасын қамтамасыз етуге міндеттенеді.',
    sections: [
      {
        heading: 'Жалпы ережелер',
        paragraphs: [
          'Осы саясат Қазақстан Республикасының Еңбек кодексіне, «Ерлер мен әйелдердің тең құқықтары мен тең мүмкіндіктерінің мемлекеттік кепілдіктері туралы» Заңға және ұйымның ішкі еңбек тәртібі қағидаларына сәйкес әзірленді.',
          'Саясат барлық қызметкерлерге, басшыларға, тағылымдамадан өтушілерге, сондай-ақ ұйымның үй-жайларында немесе оның атынан жұмыс істейтін мердігерлерге қолданылады.',
        ],
      },
      {
        heading: 'Негізгі ұғымдар',
        paragraphs: [
          'Қудалау — адамның қадір-қасиетін кемсітетін немесе қорқыту, дұшпандық не қорлау ахуалын туғызатын кез келген қалаусыз мінез-құлық: сөз, іс-әрекет, ым-ишара, жазбаша немесе электрондық хабарлама.',
          'Жыныстық қудалау — жыныстық сипаттағы қалаусыз мінез-құлық, оның ішінде жанасу, ұсыныстар, әзілдер, суреттер мен хабарламалар, сондай-ақ жұмыс жағдайларын осындай мінез-құлыққа келісуге тәуелді ету.',
        ],
      },
      {
        heading: 'Тыйым салынған мінез-құлық',
        paragraphs: [
          'Ұйымда жынысына, жасына, ұлтына, тіліне, дініне, мүгедектігіне, отбасылық жағдайына немесе өзге де мән-жайларға байланысты қудалауға және кемсітушілікке жол берілмейді.',
          'Бұл талап жұмыс уақытында да, іссапарларда, корпоративтік іс-шараларда және онлайн-байланыста да қолданылады.',
        ],
      },
      {
        heading: 'Хабарлау тәртібі',
        paragraphs: [
          'Қудалауға тап болған немесе оның куәсі болған кез келген адам бұл туралы тікелей басшысына, персоналды басқару қызметіне немесе Qorgau платформасындағы құпия арна арқылы, оның ішінде анонимді түрде хабарлай алады.',
          'Өтініш тіркелген күннен бастап үш жұмыс күні ішінде қарауға қабылданады, ал тексеру нәтижесі туралы өтініш берушіге отыз күнтізбелік күннен кешіктірілмей хабарланады.',
        ],
      },
      {
        heading: 'Тексеру және құпиялылық',
        paragraphs: [
          'Әрбір өтініш бейтарап, уақтылы және мұқият тексеріледі. Тексеру барысында алынған мәліметтер тек тексеруге қатысатын адамдарға ғана қолжетімді болады және «Дербес деректер және оларды қорғау туралы» Заңға сәйкес өңделеді.',
        ],
      },
      {
        heading: 'Қысым көрсетуден қорғау',
        paragraphs: [
          'Адал ниетпен хабарлаған немесе тексеруге көмектескен адамға қатысты кез келген қысым, жазалау немесе кемсіту тыйым салынады және тәртіптік теріс қылық болып саналады.',
        ],
      },
      {
        heading: 'Жауапкершілік және оқыту',
        paragraphs: [
          'Саясатты бұзған қызметкерлерге Еңбек кодексінде көзделген тәртіптік жазалар қолданылады.',
          'Барлық қызметкерлер саясатпен қол қойып танысады және жыл сайын қысқа оқыту курсынан өтеді; басшылар үшін қосымша модуль өткізіледі.',
        ],
      },
    ],
  },
  ru: {
    title: POLICY_TITLES.ru,
    summary:
      'Организация обязуется обеспечивать безопасную рабочую среду, в которой уважается достоинство каждого работника, а женщины и мужчины имеют равные возможности.',
    sections: [
      {
        heading: 'Общие положения',
        paragraphs: [
          'Настоящая политика разработана в соответствии с Трудовым кодексом Республики Казахстан, Законом «О государственных гарантиях равных прав и равных возможностей мужчин и женщин» и правилами внутреннего трудового распорядка организации.',
          'Политика распространяется на всех работников, руководителей, стажёров, а также на подрядчиков, работающих в помещениях организации или от её имени.',
        ],
      },
      {
        heading: 'Основные понятия',
        paragraphs: [
          'Домогательство — любое нежелательное поведение (слова, действия, жесты, письменные или электронные сообщения), унижающее достоинство человека или создающее запугивающую, враждебную или оскорбительную обстановку.',
          'Сексуальное домогательство — нежелательное поведение сексуального характера, включая прикосновения, предложения, шутки, изображения и сообщения, а также постановку условий работы в зависимость от согласия на такое поведение.',
        ],
      },
      {
        heading: 'Недопустимое поведение',
        paragraphs: [
          'В организации не допускаются домогательства и дискриминация по признаку пола, возраста, национальности, языка, религии, инвалидности, семейного положения или по иным обстоятельствам.',
          'Это требование действует в рабочее время, в командировках, на корпоративных мероприятиях и в онлайн-общении.',
        ],
      },
      {
        heading: 'Порядок сообщения',
        paragraphs: [
          'Любой человек, столкнувшийся с домогательством или ставший его свидетелем, может сообщить об этом непосредственному руководителю, в службу управления персоналом или через конфиденциальный канал на платформе Qorgau, в том числе анонимно.',
          'Обращение принимается к рассмотрению в течение трёх рабочих дней со дня регистрации, а о результатах проверки заявителю сообщается не позднее тридцати календарных дней.',
        ],
      },
      {
        heading: 'Проверка и конфиденциальность',
        paragraphs: [
          'Каждое обращение проверяется беспристрастно, своевременно и тщательно. Сведения, полученные в ходе проверки, доступны только участвующим в ней лицам и обрабатываются в соответствии с Законом «О персональных данных и их защите».',
        ],
      },
      {
        heading: 'Защита от преследования',
        paragraphs: [
          'Любое давление, наказание или ущемление в отношении лица, добросовестно сообщившего о нарушении или содействовавшего проверке, запрещено и является дисциплинарным проступком.',
        ],
      },
      {
        heading: 'Ответственность и обучение',
        paragraphs: [
          'К работникам, нарушившим политику, применяются дисциплинарные взыскания, предусмотренные Трудовым кодексом.',
          'Все работники знакомятся с политикой под подпись и ежегодно проходят краткий учебный курс; для руководителей проводится дополнительный модуль.',
        ],
      },
    ],
  },
  en: {
    title: POLICY_TITLES.en,
    summary:
      'The organisation is committed to a safe working environment in which everyone’s dignity is respected and women and men have equal opportunities.',
    sections: [
      {
        heading: 'General provisions',
        paragraphs: [
          'This policy has been developed in accordance with the Labour Code of the Republic of Kazakhstan, the Law on State Guarantees of Equal Rights and Equal Opportunities for Men and Women, and the organisation’s internal labour regulations.',
          'The policy applies to all employees, managers and interns, and to contractors working on the organisation’s premises or on its behalf.',
        ],
      },
      {
        heading: 'Definitions',
        paragraphs: [
          'Harassment means any unwanted conduct — words, actions, gestures, written or electronic messages — that violates a person’s dignity or creates an intimidating, hostile or offensive environment.',
          'Sexual harassment means unwanted conduct of a sexual nature, including touching, propositions, jokes, images and messages, and making working conditions depend on accepting such conduct.',
        ],
      },
      {
        heading: 'Prohibited conduct',
        paragraphs: [
          'Harassment and discrimination on the grounds of sex, age, ethnicity, language, religion, disability, family status or any other circumstance are not tolerated.',
          'This applies during working hours, on business trips, at corporate events and in online communication.',
        ],
      },
      {
        heading: 'How to report',
        paragraphs: [
          'Anyone who experiences or witnesses harassment may report it to their line manager, to Human Resources or through the confidential channel on the Qorgau platform, including anonymously.',
          'A report is taken up within three working days of registration, and the person who reported is told the outcome of the investigation within thirty calendar days.',
        ],
      },
      {
        heading: 'Investigation and confidentiality',
        paragraphs: [
          'Every report is investigated impartially, promptly and thoroughly. Information obtained during an investigation is available only to those involved in it and is processed in accordance with the Law on Personal Data and Its Protection.',
        ],
      },
      {
        heading: 'Protection against retaliation',
        paragraphs: [
          'Any pressure, punishment or disadvantage against a person who reported in good faith or assisted an investigation is prohibited and constitutes a disciplinary offence.',
        ],
      },
      {
        heading: 'Responsibility and training',
        paragraphs: [
          'Employees who breach the policy are subject to the disciplinary measures provided for by the Labour Code.',
          'All employees acknowledge the policy in writing and complete a short training course every year; managers take an additional module.',
        ],
      },
    ],
  },
};

export const POLICY_APPROVED_BY: Record<Language, string> = {
  kk: 'Директорлар кеңесінің 2025 жылғы 14 ақпандағы шешімі (№ 3 хаттама)',
  ru: 'Решением Совета директоров от 14 февраля 2025 года (протокол № 3)',
  en: 'Resolution of the Board of Directors of 14 February 2025 (minutes No. 3)',
};

/** SHA-256 of the published policy text, as the app would record it. */
export const POLICY_SHA256 = '3f1c9a6e0b7d2c4f8a5e1d6b9c0f2a7e4d8b3c6a1f5e9d2b7c4a0e8f6d1b3c5a';
