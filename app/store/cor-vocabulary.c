/* cor-vocabulary.c — the built-in vocabularies: languages, places, makers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "cor-vocabulary.h"

static const CorVocabLanguage languages[] = {
/* ISO 639-1: every two-letter code (184) */
  { "aa", "Afar" },
  { "ab", "Abkhazian" },
  { "ae", "Avestan" },
  { "af", "Afrikaans" },
  { "ak", "Akan" },
  { "am", "Amharic" },
  { "an", "Aragonese" },
  { "ar", "Arabic" },
  { "as", "Assamese" },
  { "av", "Avar" },
  { "ay", "Aymara" },
  { "az", "Azerbaijani" },
  { "ba", "Bashkir" },
  { "be", "Belarusian" },
  { "bg", "Bulgarian" },
  { "bi", "Bislama" },
  { "bm", "Bambara" },
  { "bn", "Bengali" },
  { "bo", "Tibetan" },
  { "br", "Breton" },
  { "bs", "Bosnian" },
  { "ca", "Catalan" },
  { "ce", "Chechen" },
  { "ch", "Chamorro" },
  { "co", "Corsican" },
  { "cr", "Cree" },
  { "cs", "Czech" },
  { "cu", "Church Slavonic" },
  { "cv", "Chuvash" },
  { "cy", "Welsh" },
  { "da", "Danish" },
  { "de", "German" },
  { "dv", "Divehi" },
  { "dz", "Dzongkha" },
  { "ee", "Ewe" },
  { "el", "Greek" },
  { "en", "English" },
  { "eo", "Esperanto" },
  { "es", "Spanish" },
  { "et", "Estonian" },
  { "eu", "Basque" },
  { "fa", "Persian" },
  { "ff", "Fulah" },
  { "fi", "Finnish" },
  { "fj", "Fijian" },
  { "fo", "Faroese" },
  { "fr", "French" },
  { "fy", "Western Frisian" },
  { "ga", "Irish" },
  { "gd", "Scottish Gaelic" },
  { "gl", "Galician" },
  { "gn", "Guarani" },
  { "gu", "Gujarati" },
  { "gv", "Manx" },
  { "ha", "Hausa" },
  { "he", "Hebrew" },
  { "hi", "Hindi" },
  { "ho", "Hiri Motu" },
  { "hr", "Croatian" },
  { "ht", "Haitian Creole" },
  { "hu", "Hungarian" },
  { "hy", "Armenian" },
  { "hz", "Herero" },
  { "ia", "Interlingua" },
  { "id", "Indonesian" },
  { "ie", "Interlingue" },
  { "ig", "Igbo" },
  { "ii", "Sichuan Yi" },
  { "ik", "Inupiaq" },
  { "io", "Ido" },
  { "is", "Icelandic" },
  { "it", "Italian" },
  { "iu", "Inuktitut" },
  { "ja", "Japanese" },
  { "jv", "Javanese" },
  { "ka", "Georgian" },
  { "kg", "Kongo" },
  { "ki", "Kikuyu" },
  { "kj", "Kuanyama" },
  { "kk", "Kazakh" },
  { "kl", "Kalaallisut (Greenlandic)" },
  { "km", "Khmer" },
  { "kn", "Kannada" },
  { "ko", "Korean" },
  { "kr", "Kanuri" },
  { "ks", "Kashmiri" },
  { "ku", "Kurdish" },
  { "kv", "Komi" },
  { "kw", "Cornish" },
  { "ky", "Kyrgyz" },
  { "la", "Latin" },
  { "lb", "Luxembourgish" },
  { "lg", "Ganda" },
  { "li", "Limburgish" },
  { "ln", "Lingala" },
  { "lo", "Lao" },
  { "lt", "Lithuanian" },
  { "lu", "Luba-Katanga" },
  { "lv", "Latvian" },
  { "mg", "Malagasy" },
  { "mh", "Marshallese" },
  { "mi", "Maori" },
  { "mk", "Macedonian" },
  { "ml", "Malayalam" },
  { "mn", "Mongolian" },
  { "mr", "Marathi" },
  { "ms", "Malay" },
  { "mt", "Maltese" },
  { "my", "Burmese" },
  { "na", "Nauru" },
  { "nb", "Norwegian Bokmål" },
  { "nd", "North Ndebele" },
  { "ne", "Nepali" },
  { "ng", "Ndonga" },
  { "nl", "Dutch" },
  { "nn", "Norwegian Nynorsk" },
  { "no", "Norwegian" },
  { "nr", "South Ndebele" },
  { "nv", "Navajo" },
  { "ny", "Chichewa (Nyanja)" },
  { "oc", "Occitan" },
  { "oj", "Ojibwa" },
  { "om", "Oromo" },
  { "or", "Odia (Oriya)" },
  { "os", "Ossetian" },
  { "pa", "Punjabi" },
  { "pi", "Pali" },
  { "pl", "Polish" },
  { "ps", "Pashto" },
  { "pt", "Portuguese" },
  { "qu", "Quechua" },
  { "rm", "Romansh" },
  { "rn", "Rundi" },
  { "ro", "Romanian" },
  { "ru", "Russian" },
  { "rw", "Kinyarwanda" },
  { "sa", "Sanskrit" },
  { "sc", "Sardinian" },
  { "sd", "Sindhi" },
  { "se", "Northern Sami" },
  { "sg", "Sango" },
  { "sh", "Serbo-Croatian" },
  { "si", "Sinhala" },
  { "sk", "Slovak" },
  { "sl", "Slovenian" },
  { "sm", "Samoan" },
  { "sn", "Shona" },
  { "so", "Somali" },
  { "sq", "Albanian" },
  { "sr", "Serbian" },
  { "ss", "Swati" },
  { "st", "Southern Sotho" },
  { "su", "Sundanese" },
  { "sv", "Swedish" },
  { "sw", "Swahili" },
  { "ta", "Tamil" },
  { "te", "Telugu" },
  { "tg", "Tajik" },
  { "th", "Thai" },
  { "ti", "Tigrinya" },
  { "tk", "Turkmen" },
  { "tl", "Tagalog" },
  { "tn", "Tswana" },
  { "to", "Tongan" },
  { "tr", "Turkish" },
  { "ts", "Tsonga" },
  { "tt", "Tatar" },
  { "tw", "Twi" },
  { "ty", "Tahitian" },
  { "ug", "Uyghur" },
  { "uk", "Ukrainian" },
  { "ur", "Urdu" },
  { "uz", "Uzbek" },
  { "ve", "Venda" },
  { "vi", "Vietnamese" },
  { "vo", "Volapük" },
  { "wa", "Walloon" },
  { "wo", "Wolof" },
  { "xh", "Xhosa" },
  { "yi", "Yiddish" },
  { "yo", "Yoruba" },
  { "za", "Zhuang" },
  { "zh", "Chinese" },
  { "zu", "Zulu" },
  /* ISO 639-3 codes without a two-letter code: peoples of Russia's Siberia, Far East,
   * North Caucasus and Volga, and neighbours */
  { "sah", "Yakut (Sakha)" },
  { "bua", "Buryat" },
  { "tyv", "Tuvan" },
  { "alt", "Southern Altai" },
  { "atv", "Northern Altai" },
  { "kjh", "Khakas" },
  { "cjs", "Shor" },
  { "sty", "Siberian Tatar" },
  { "xal", "Kalmyk" },
  { "krc", "Karachay-Balkar" },
  { "kbd", "Kabardian" },
  { "ady", "Adyghe" },
  { "inh", "Ingush" },
  { "lez", "Lezgian" },
  { "dar", "Dargwa" },
  { "lbe", "Lak" },
  { "tab", "Tabasaran" },
  { "kum", "Kumyk" },
  { "nog", "Nogai" },
  { "crh", "Crimean Tatar" },
  { "evn", "Evenki" },
  { "eve", "Even" },
  { "ckt", "Chukchi" },
  { "niv", "Nivkh" },
  { "gld", "Nanai" },
  { "ulc", "Ulch" },
  { "ude", "Udege" },
  { "oaa", "Orok" },
  { "neg", "Negidal" },
  { "orh", "Oroqen" },
  { "itl", "Itelmen" },
  { "kpy", "Koryak" },
  { "ess", "Central Siberian Yupik" },
  { "ale", "Aleut" },
  { "ykg", "Northern Yukaghir" },
  { "yux", "Southern Yukaghir" },
  { "yrk", "Nenets" },
  { "kca", "Khanty" },
  { "mns", "Mansi" },
  { "sel", "Selkup" },
  { "ket", "Ket" },
  { "udm", "Udmurt" },
  { "chm", "Mari" },
  { "mhr", "Eastern (Meadow) Mari" },
  { "mrj", "Western (Hill) Mari" },
  { "myv", "Erzya" },
  { "mdf", "Moksha" },
  { "koi", "Komi-Permyak" },
  { "krl", "Karelian" },
  { "vep", "Veps" },
  { "rue", "Rusyn" },
  { "dng", "Dungan" },
  { "cmn", "Mandarin Chinese" },
  { "yue", "Cantonese (Yue Chinese)" },
  { "ain", "Ainu" },
};

#define APPROXIMATE "approximate: settlement centre; refine by geolocation"

/* Coordinates are settlement centres unless a note says otherwise; the radius covers the
 * settlement or, for a military site whose exact position is not established here, the
 * area in which it lies. */
static const CorVocabPlace places[] = {
  /* Russia: Far East and Siberia */
  { "Sergeevka training ground",
    "Sergeyevka, Sergeevsky training ground, Sergeyevsky range, Сергеевка, Сергеевский полигон",
    "RU", 44.4060, 131.3710, 30000.0,
    "Primorsky Krai, Pogranichny district; base of the 127th Motor Rifle Division "
    "(military unit 44980) at the village of Sergeevka. Approximate: coordinates of the district "
    "seat Pogranichny, radius covering Sergeevka; refine by geolocation" },
  { "Ussuriysk", "Ussuriisk, Ussouriisk, Уссурийск", "RU", 43.7970, 131.9510, 10000.0,
    "Primorsky Krai; named by Ukraine's Ministry of Defence among five training grounds" },
  { "Vladivostok", "Владивосток", "RU", 43.1150, 131.8860, 10000.0, "Primorsky Krai" },
  { "Khabarovsk", "Хабаровск", "RU", 48.4800, 135.0720, 10000.0, "Khabarovsk Krai" },
  { "Knyaze-Volkonskoe", "Knyaze-Volkonskoye, Knyaz-Volkonskoye, Князе-Волконское", "RU",
    48.4600, 135.4500, 10000.0,
    "Khabarovsk Krai, east of Khabarovsk; training ground named by Ukraine's Ministry of "
    "Defence. " APPROXIMATE },
  { "Blagoveshchensk", "Blagoveshensk, Благовещенск", "RU", 50.2900, 127.5270, 10000.0,
    "Amur Oblast, on the border with China" },
  { "Ekaterinoslavka", "Yekaterinoslavka, Екатеринославка", "RU", 50.3800, 129.0400, 10000.0,
    "Amur Oblast, Oktyabrsky district; training ground named by Ukraine's Ministry of Defence. "
    APPROXIMATE },
  { "Ulan-Ude", "Ulan Ude, Улан-Удэ", "RU", 51.8340, 107.5840, 15000.0,
    "Republic of Buryatia; training ground named by Ukraine's Ministry of Defence" },
  /* Russia: west */
  { "Kursk", "Курск", "RU", 51.7300, 36.1930, 10000.0, "Kursk Oblast" },
  { "Postoyalye Dvory", "Postoyalyye Dvory, Постоялые Дворы", "RU", 51.7300, 36.1930, 50000.0,
    "Kursk Oblast. Approximate: coordinates of the city of Kursk, the village's position is not "
    "established here; refine by geolocation" },
  { "Moscow", "Moskva, Москва", "RU", 55.7558, 37.6173, 15000.0, NULL },
  /* Ukraine */
  { "Kyiv", "Kiev, Київ, Киев", "UA", 50.4501, 30.5234, 15000.0, NULL },
  /* North Korea */
  { "Pyongyang", "P'yŏngyang, 평양", "KP", 39.0392, 125.7625, 10000.0, NULL },
  { "Wonsan", "Wŏnsan, 원산", "KP", 39.1530, 127.4440, 8000.0, "Kangwon Province; port" },
  { "Rason", "Rajin, Rajin-Sonbong, Rasŏn, 라선", "KP", 42.2570, 130.2980, 10000.0,
    "Special economic zone; port near the borders with Russia and China" },
  { "Chongjin", "Ch'ŏngjin, 청진", "KP", 41.7960, 129.7760, 10000.0,
    "North Hamgyong Province; port" },
};

static const CorVocabMaker makers[] = {
  /* Russia: uniforms and personal equipment */
  { "BTK Group", "Russian maker of military uniforms and field clothing" },
  { "Voentorg", "Russian military retail and clothing supplier" },
  { "Splav", "Russian maker of military and outdoor clothing and gear" },
  { "Ratnik programme (VPK)", "Russian infantry combat-gear system: armour, helmet, load-bearing" },
  { "NPO Spetsmaterialov", "Russian maker of body armour and helmets" },
  { "Armocom", "Russian maker of body armour and helmets" },
  /* Russia: arms and vehicles */
  { "Rostec", "Russian state corporation that owns most of the defence industry" },
  { "Kalashnikov Concern", "Russian small-arms maker, Izhevsk" },
  { "Izhmash", "Izhevsk small-arms plant, now part of Kalashnikov Concern" },
  { "Tula Arms Plant", "Russian small-arms maker, Tula" },
  { "Degtyarev Plant", "Russian maker of machine guns and anti-tank weapons, Kovrov" },
  { "Uralvagonzavod", "Russian tank maker, Nizhny Tagil" },
  { "Kurganmashzavod", "Russian maker of infantry fighting vehicles (BMP), Kurgan" },
  { "Military Industrial Company (VPK)", "Russian maker of wheeled armoured vehicles (Tigr)" },
  { "KAMAZ", "Russian truck maker, Naberezhnye Chelny" },
  { "GAZ", "Russian truck and vehicle maker, Nizhny Novgorod" },
  { "Ural Automotive Plant", "Russian truck maker, Miass" },
  /* North Korea */
  { "Korea Mining Development Trading Corporation",
    "North Korean arms exporter (KOMID); under UN sanctions" },
  { "Green Pine Associated Corporation", "North Korean arms exporter; under UN sanctions" },
  { "Korea Ryonbong General Corporation",
    "North Korean defence procurement conglomerate; under UN sanctions" },
  { "Second Economic Committee", "North Korean body directing munitions production" },
};

const CorVocabLanguage *
cor_vocabulary_get_languages (guint *n_languages)
{
  if (n_languages != NULL)
    *n_languages = G_N_ELEMENTS (languages);

  return languages;
}

const CorVocabPlace *
cor_vocabulary_get_places (guint *n_places)
{
  if (n_places != NULL)
    *n_places = G_N_ELEMENTS (places);

  return places;
}

const CorVocabMaker *
cor_vocabulary_get_makers (guint *n_makers)
{
  if (n_makers != NULL)
    *n_makers = G_N_ELEMENTS (makers);

  return makers;
}

const char *
cor_vocabulary_language_name (const char *code)
{
  if (code == NULL)
    return NULL;

  for (guint i = 0; i < G_N_ELEMENTS (languages); i++)
    {
      if (g_str_equal (languages[i].code, code))
        return languages[i].name;
    }

  return NULL;
}
