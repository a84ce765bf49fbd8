/**
 * Frequent given names across the languages news reports most often name people in. A name that
 * starts with one of them ("Hillary Clinton", "Mohammad Awad") is a person even without a title.
 * Deliberately broad and generic: frequency lists, not anyone's cast of characters.
 */
const ENGLISH = `james john robert michael william david richard joseph thomas charles christopher daniel matthew
anthony donald mark paul steven stephen andrew kenneth joshua kevin brian george edward ronald timothy jason
jeffrey ryan jacob gary nicholas eric jonathan larry justin scott brandon benjamin samuel gregory frank
alexander raymond patrick jack dennis jerry tyler aaron adam henry nathan douglas zachary peter kyle walter
ethan jeremy harold keith christian roger noah gerald carl terry sean arthur lawrence jesse dylan bryan joe
jordan billy bruce albert willie gabriel logan alan wayne roy ralph randy eugene vincent russell louis bobby
philip phillip johnny mike tom bill bob jim tony danny lloyd gordon barack hillary ted ben sam tim dan dave
steve chris matt nick greg jeff jon ken ron rick richie harry charlie fred freddie martin howard francis
mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa betty margaret sandra
ashley kimberly emily donna michelle dorothy carol amanda melissa deborah stephanie rebecca sharon laura
cynthia kathleen amy shirley angela helen anna brenda pamela nicole emma samantha katherine christine debra
rachel catherine carolyn janet ruth maria heather diane virginia julie joyce victoria olivia kelly christina
lauren joan evelyn judith megan cheryl andrea hannah martha jacqueline frances gloria ann anne teresa kathryn
sara janice jean alice madison doris abigail julia judy grace denise amber marilyn beverly danielle theresa
sophia marie diana brittany natalie isabella charlotte rose alexis kayla alicia bonnie vivian kate jane
susie sue liz beth meg jenny jennie nora ellen eleanor claire clara lucy sophie sally molly holly`;

const ROMANCE_GERMANIC_SLAVIC = `jose juan carlos luis miguel pedro jorge manuel francisco antonio javier fernando pablo
diego alejandro ricardo rafael sergio marco mario giuseppe giovanni luca paolo andrea matteo alessandro
pierre jean jacques michel nicolas francois philippe alain bernard emmanuel laurent olivier christophe
hans klaus wolfgang jurgen dieter stefan uwe helmut gerhard heinz angela ursula sabine monika petra
vladimir sergei sergey dmitry dmitri alexei alexey ivan igor yuri andrei mikhail boris nikolai viktor oleg
olga natalia natalya tatiana irina svetlana elena anastasia ana carmen lucia isabel rosa teresa pilar
joao paulo marcelo rodrigo gustavo eduardo roberto alberto enrique ramon raul oscar hugo victor lars anders
sven erik jan piotr tomasz krzysztof pawel marek zbigniew jaroslaw andrzej`;

const ARABIC_PERSIAN_TURKISH = `mohammad mohammed muhammad mohamed mohamad ahmad ahmed ali hassan hasan hussein husein hossein
mahmoud mahmud omar umar abdullah abdallah abdul ibrahim ismail khalid khaled mustafa mostafa yusuf youssef
yousef karim kareem said saeed reza mehdi mahdi hamid hamed majid javad mohsen akbar hadi amir ayman tariq
walid nabil samir jamal kamal faisal fahd saleh salah nasser naser abbas ghassan rami sami ziad fadi marwan
osama hamza bilal anas emad imad ashraf adel yasser yasir hani hisham khalil jawad nasrallah fatima fatemeh
zahra maryam mariam aisha ayesha leila layla nour noor huda rania salma amal hala mona dina reem yasmin
zeynep mehmet ahmet murat recep kemal hakan emre burak fatih ozan selim cem`;

const SOUTH_EAST_ASIAN = `rahul amit sanjay vijay raj ravi sunil anil arun ashok rajesh suresh ramesh manoj deepak priya
sunita anita pooja narendra rajiv sonia indira manmohan joko susilo budi agus bambang dewi siti sri hendra
wahyu rizal ferdinand rodrigo jose benigno gloria corazon thaksin yingluck prayut shinzo yoshihide fumio
junichiro naoto taro hiroshi takeshi akira yuki kenji haruki moon jae`;

const AFRICAN = `nelson jacob cyril thabo kofi kwame abiy uhuru william yoweri paul muhammadu goodluck olusegun
ellen jomo robert emmerson`;

function wordsOf(list: string): string[] {
  return list.split(/\s+/u).filter((word) => word !== '');
}

/** Folded given names. */
export const GIVEN_NAMES: ReadonlySet<string> = new Set(
  [ENGLISH, ROMANCE_GERMANIC_SLAVIC, ARABIC_PERSIAN_TURKISH, SOUTH_EAST_ASIAN, AFRICAN].flatMap(wordsOf),
);

/**
 * The hundred commonest Chinese family names in pinyin. A two- or three-word name that starts with
 * one of them and goes on in pinyin syllables ("Li Qiang", "Zhang Wei") is written family name first.
 */
export const CHINESE_SURNAMES: ReadonlySet<string> = new Set(
  wordsOf(`wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he lin gao luo zheng liang xie song
tang han feng deng cao peng zeng xiao tian dong pan yuan cai jiang yu du ye cheng wei su lu ding ren yao shen
zhong cui tan fan liao shi jin jia xia fu fang zou xiong bai meng qin qiu hou yin xue yan duan lei long tao mao
hao gu gong shao wan qian dai mo kong xiang chang kang wen hong xi qi niu zhan geng ge bi lan`),
);
