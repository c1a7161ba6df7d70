// The 17 SDG goals with their 169 targets, as shared/events' SdgCatalog knows them (sdg-goals.tsv, sdg-targets.tsv),
// and the side each goal counts for in a declaration (economy, society, environment; goal 17 for none). Static:
// the catalogue changes only when the UN's does, so the declaration form needs no call to fill its choices.

export const SDG_GOALS = [
  { goal: 1, ja: "貧困をなくそう", en: "No poverty", side: 'SOCIETY',
    targets: ['1.1', '1.2', '1.3', '1.4', '1.5', '1.a', '1.b'] },
  { goal: 2, ja: "飢餓をゼロに", en: "Zero hunger", side: 'SOCIETY',
    targets: ['2.1', '2.2', '2.3', '2.4', '2.5', '2.a', '2.b', '2.c'] },
  { goal: 3, ja: "すべての人に健康と福祉を", en: "Good health and well-being", side: 'SOCIETY',
    targets: ['3.1', '3.2', '3.3', '3.4', '3.5', '3.6', '3.7', '3.8', '3.9', '3.a', '3.b', '3.c', '3.d'] },
  { goal: 4, ja: "質の高い教育をみんなに", en: "Quality education", side: 'SOCIETY',
    targets: ['4.1', '4.2', '4.3', '4.4', '4.5', '4.6', '4.7', '4.a', '4.b', '4.c'] },
  { goal: 5, ja: "ジェンダー平等を実現しよう", en: "Gender equality", side: 'SOCIETY',
    targets: ['5.1', '5.2', '5.3', '5.4', '5.5', '5.6', '5.a', '5.b', '5.c'] },
  { goal: 6, ja: "安全な水とトイレを世界中に", en: "Clean water and sanitation", side: 'ENVIRONMENT',
    targets: ['6.1', '6.2', '6.3', '6.4', '6.5', '6.6', '6.a', '6.b'] },
  { goal: 7, ja: "エネルギーをみんなに そしてクリーンに", en: "Affordable and clean energy", side: 'SOCIETY',
    targets: ['7.1', '7.2', '7.3', '7.a', '7.b'] },
  { goal: 8, ja: "働きがいも経済成長も", en: "Decent work and economic growth", side: 'ECONOMY',
    targets: ['8.1', '8.2', '8.3', '8.4', '8.5', '8.6', '8.7', '8.8', '8.9', '8.10', '8.a', '8.b'] },
  { goal: 9, ja: "産業と技術革新の基盤をつくろう", en: "Industry, innovation and infrastructure", side: 'ECONOMY',
    targets: ['9.1', '9.2', '9.3', '9.4', '9.5', '9.a', '9.b', '9.c'] },
  { goal: 10, ja: "人や国の不平等をなくそう", en: "Reduced inequalities", side: 'ECONOMY',
    targets: ['10.1', '10.2', '10.3', '10.4', '10.5', '10.6', '10.7', '10.a', '10.b', '10.c'] },
  { goal: 11, ja: "住み続けられるまちづくりを", en: "Sustainable cities and communities", side: 'SOCIETY',
    targets: ['11.1', '11.2', '11.3', '11.4', '11.5', '11.6', '11.7', '11.a', '11.b', '11.c'] },
  { goal: 12, ja: "つくる責任 つかう責任", en: "Responsible consumption and production", side: 'ECONOMY',
    targets: ['12.1', '12.2', '12.3', '12.4', '12.5', '12.6', '12.7', '12.8', '12.a', '12.b', '12.c'] },
  { goal: 13, ja: "気候変動に具体的な対策を", en: "Climate action", side: 'ENVIRONMENT',
    targets: ['13.1', '13.2', '13.3', '13.a', '13.b'] },
  { goal: 14, ja: "海の豊かさを守ろう", en: "Life below water", side: 'ENVIRONMENT',
    targets: ['14.1', '14.2', '14.3', '14.4', '14.5', '14.6', '14.7', '14.a', '14.b', '14.c'] },
  { goal: 15, ja: "陸の豊かさも守ろう", en: "Life on land", side: 'ENVIRONMENT',
    targets: ['15.1', '15.2', '15.3', '15.4', '15.5', '15.6', '15.7', '15.8', '15.9', '15.a', '15.b', '15.c'] },
  { goal: 16, ja: "平和と公正をすべての人に", en: "Peace, justice and strong institutions", side: 'SOCIETY',
    targets: ['16.1', '16.2', '16.3', '16.4', '16.5', '16.6', '16.7', '16.8', '16.9', '16.10', '16.a', '16.b'] },
  { goal: 17, ja: "パートナーシップで目標を達成しよう", en: "Partnerships for the goals", side: 'PARTNERSHIP',
    targets: ['17.1', '17.2', '17.3', '17.4', '17.5', '17.6', '17.7', '17.8', '17.9', '17.10', '17.11', '17.12', '17.13', '17.14', '17.15', '17.16', '17.17', '17.18', '17.19'] },
];

/** The goal of a target code such as `7.2` or `17.a`. */
export function goalOfTarget(target) {
  return Number(String(target || '').split('.')[0]) || null;
}

/** The goal's entry, or undefined. */
export function sdgGoal(number) {
  return SDG_GOALS.find((goal) => goal.goal === Number(number));
}
