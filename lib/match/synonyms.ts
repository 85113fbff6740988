/**
 * What an audience keyword means beyond its spelling: the same job function or role written in
 * the languages the reader reads LinkedIn in (lib/linkedin/labels.ts: English, Spanish, French,
 * German, Portuguese, Italian, Dutch, Polish, Arabic, Chinese, Japanese, Korean), and the role
 * abbreviations with their expansions.
 *
 * Each group is one meaning, as phrases. In a phrase, a word ending in `*` is a stem that takes up
 * to four more letters ("financ*": finance, financial, financiero, financière); one ending in `+`
 * starts a German compound of any length ("vertrieb+": Vertriebsleiterin); any other word matches
 * its own English word forms (lib/match/keywords.ts); Chinese, Japanese and Korean, written
 * without spaces, match anywhere in a word.
 */

export type SynonymGroup = {
  phrases: readonly string[];
  /** For a role: what it stands for, in English words. A prospect who has the role has these words too. */
  means?: string;
};

/** Job functions: "finance" is the function whatever the word form or the language. */
export const FUNCTIONS: readonly SynonymGroup[] = [
  {
    phrases: ['financ*', 'finanz+', 'finans*', 'مالي*', 'المالي*', '财务', '金融', '財務', '経理', '재무', '금융'],
  },
  {
    phrases: ['market*', 'marketing+', 'mercadotecnia', 'mercatique', 'تسويق', 'التسويق', '市场', '营销', '行銷', 'マーケティング', '마케팅'],
  },
  {
    phrases: [
      'sales', 'venta*', 'vente*', 'vertrieb+', 'verkauf+', 'venda*', 'vendit*', 'verkoop*', 'sprzedaz*',
      'مبيعات', 'المبيعات', '销售', '営業', '販売', '영업', '판매',
    ],
  },
  {
    phrases: [
      'engineer*', 'ingenier*', 'ingenieur+', 'engenh*', 'ingegner*', 'inzynier*',
      'هندسة', 'الهندسة', 'مهندس', '工程', 'エンジニア', '엔지니어',
    ],
  },
  {
    phrases: [
      'operation*', 'operating', 'ops', 'operacion*', 'operac*', 'operazion*', 'operati*', 'operacj*', 'betrieb+',
      'عمليات', 'العمليات', '运营', 'オペレーション', '運用', '運営', '운영',
    ],
  },
  {
    phrases: [
      'hr', 'human resources', 'recursos humanos', 'rrhh', 'rh', 'ressources humaines', 'risorse umane', 'personalwesen',
      'personeelszaken', 'kadry', 'zasoby ludzkie', 'الموارد البشرية', '人力资源', '人事', '인사',
    ],
  },
  { phrases: ['bd', 'bizdev', 'business development'] },
];

/** Roles, by abbreviation and in full: "CFO" is a Chief Financial Officer, who works in finance. */
export const ROLES: readonly SynonymGroup[] = [
  {
    phrases: ['ceo', 'chief executive officer', 'pdg', 'president directeur general', 'consejer* delegad*', '首席执行官', '最高経営責任者', '최고경영자'],
    means: 'chief executive officer',
  },
  {
    phrases: [
      'cfo', 'chief financial officer', 'director* financ*', 'directeur financier', 'directrice financiere', 'diretor* financeir*',
      'direttor* finanziari*', 'financieel directeur', 'dyrektor* finansow*', 'finanzvorstand', 'المدير المالي', '首席财务官',
      '最高財務責任者', '최고재무책임자',
    ],
    means: 'chief financial officer',
  },
  { phrases: ['cmo', 'chief marketing officer', '首席营销官', '最高マーケティング責任者'], means: 'chief marketing officer' },
  { phrases: ['cto', 'chief technology officer', 'chief technical officer', '首席技术官', '最高技術責任者'], means: 'chief technology officer' },
  { phrases: ['cro', 'chief revenue officer'], means: 'chief revenue officer' },
  { phrases: ['coo', 'chief operating officer', 'chief operations officer', '首席运营官', '最高執行責任者'], means: 'chief operating officer' },
  { phrases: ['cio', 'chief information officer'], means: 'chief information officer' },
  { phrases: ['chro', 'chief human resources officer', 'chief people officer'], means: 'chief human resources officer' },
  { phrases: ['ciso', 'chief information security officer'], means: 'chief information security officer' },
  { phrases: ['svp', 'senior vice president*'], means: 'senior vice president' },
  { phrases: ['evp', 'executive vice president*'], means: 'executive vice president' },
  {
    phrases: ['vp', 'vice president*', 'vicepresident*', 'vizeprasident*', 'wiceprezes*', 'نائب الرئيس', '副总裁', '副社長', '부사장'],
    means: 'vice president',
  },
  { phrases: ['gm', 'general manager', 'gerente general'], means: 'general manager' },
];
