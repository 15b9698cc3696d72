/** Stop words of English, French and Spanish (folded: lowercase, no accents), dropped before features are built. */
const EN = "a an the and or of to in on at by for from with without as is are was were be been being it its this that these those their there which who whom whose such other any all some no not nor into upon within including include includes inter alia also further more most well so than then through throughout both each every own same should shall would will may might can could must has have had do does did";
const FR = "le la les un une des du de d l et ou a au aux en dans par pour sur avec sans ce cet cette ces son sa ses leur leurs qui que quoi dont ou est sont etre ete tout tous toute toutes autre autres afin ainsi que plus notamment entre se s y il elle ils elles doit devrait devraient";
const ES = "el la los las un una unos unas y o de del al en por para con sin su sus este esta estos estas ese esa que quien cual cuyo es son ser sido todo todos toda todas otro otros otra otras asi como mas entre se lo le les debe deberia";

export const STOP_WORDS: ReadonlySet<string> = new Set(`${EN} ${FR} ${ES}`.split(" "));
