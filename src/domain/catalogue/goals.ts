import type { LocalText } from "../text/lang";

export type DespfGoal = 1 | 2 | 3 | 4 | 5;
export type DgpGoal = 1 | 2 | 3 | 4;
export type DgpStrategy = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10;

/** The five goals of the DESPF 2021-2035, official English wording. */
export const DESPF_GOALS: Readonly<Record<DespfGoal, LocalText>> = {
  1: { en: "Developing infrastructures", km: "ការអភិវឌ្ឍហេដ្ឋារចនាសម្ព័ន្ធ" },
  2: { en: "Building reliability and confidence in digital system", km: "ការកសាងភាពជឿជាក់ និងទំនុកចិត្តលើប្រព័ន្ធឌីជីថល" },
  3: { en: "Building digital citizens", km: "ការកសាងពលរដ្ឋឌីជីថល" },
  4: { en: "Building digital government", km: "ការកសាងរដ្ឋាភិបាលឌីជីថល" },
  5: { en: "Enabling digital businesses", km: "ការជំរុញធុរកិច្ចឌីជីថល" },
};

export const DESPF_GOAL_NUMBERS: readonly DespfGoal[] = [1, 2, 3, 4, 5];

/** The Digital Government Policy 2022-2035: four strategic goals and their ten strategies. */
export const DGP_GOALS: Readonly<Record<DgpGoal, LocalText>> = {
  1: { en: "Digital government infrastructure", km: "ហេដ្ឋារចនាសម្ព័ន្ធរដ្ឋាភិបាលឌីជីថល" },
  2: { en: "Digital governance and digital public services", km: "អភិបាលកិច្ចឌីជីថល និងសេវាសាធារណៈឌីជីថល" },
  3: { en: "Digital capacity building and innovation", km: "ការកសាងសមត្ថភាពឌីជីថល និងនវានុវត្តន៍" },
  4: { en: "Public-private cooperation and partnership", km: "កិច្ចសហការ និងភាពជាដៃគូរវាងវិស័យសាធារណៈ និងឯកជន" },
};

export interface DgpStrategyInfo {
  readonly goal: DgpGoal;
  readonly title: LocalText;
}

export const DGP_STRATEGIES: Readonly<Record<DgpStrategy, DgpStrategyInfo>> = {
  1: { goal: 1, title: { en: "Digital connectivity infrastructure", km: "ហេដ្ឋារចនាសម្ព័ន្ធតភ្ជាប់ឌីជីថល" } },
  2: { goal: 1, title: { en: "Digital payment infrastructure for public services", km: "ហេដ្ឋារចនាសម្ព័ន្ធទូទាត់ឌីជីថលសម្រាប់សេវាសាធារណៈ" } },
  3: { goal: 1, title: { en: "Digital security infrastructure", km: "ហេដ្ឋារចនាសម្ព័ន្ធសន្តិសុខឌីជីថល" } },
  4: { goal: 1, title: { en: "Postal service infrastructure", km: "ហេដ្ឋារចនាសម្ព័ន្ធសេវាប្រៃសណីយ៍" } },
  5: { goal: 2, title: { en: "Organising digital government governance", km: "ការរៀបចំអភិបាលកិច្ចរដ្ឋាភិបាលឌីជីថល" } },
  6: { goal: 2, title: { en: "Digital transformation of government and public services", km: "បំលែងរដ្ឋាភិបាល និងសេវាសាធារណៈទៅជាឌីជីថល" } },
  7: { goal: 3, title: { en: "Digital human capital", km: "ធនធានមនុស្សឌីជីថល" } },
  8: { goal: 3, title: { en: "Digital research and innovation", km: "ការស្រាវជ្រាវ និងនវានុវត្តន៍ឌីជីថល" } },
  9: { goal: 4, title: { en: "Collaboration with digital technology companies", km: "កិច្ចសហការជាមួយក្រុមហ៊ុនបច្ចេកវិទ្យាឌីជីថល" } },
  10: { goal: 4, title: { en: "Promoting digital start-ups", km: "ការលើកកម្ពស់ការបង្កើតអាជីវកម្មថ្មីឌីជីថល" } },
};

export const DGP_STRATEGY_NUMBERS = Object.keys(DGP_STRATEGIES).map(Number) as DgpStrategy[];
