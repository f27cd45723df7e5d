/** A person's name in the parts a vCard `N` holds. */
export interface NameParts {
  family: string;
  given: string;
  /** Patronymic (отчество), when the name has one. */
  additional: string;
}

// Russian patronymics (-ович, -евна, -ична, -инична) and the Kyrgyz "Асан уулу" / "Асан кызы" forms.
const PATRONYMIC = /(вич|вна|ична|ич)$/i;
const KYRGYZ_PATRONYMIC_WORD = /^(уулу|кызы)$/i;
// Surname endings common in Kyrgyzstan: Бекмуратова, Асанов, Токтогулов. The weak ones also end given names
// (Марина, Ирина), so they count for less.
const SURNAME_STRONG = /(ов|ова|ев|ева|ёв|ёва|ский|ская|цкий|цкая|енко|дзе|швили)$/i;
const SURNAME_WEAK = /(ин|ина|ын|ына|ук|юк|ян)$/i;
const surnameScore = (word: string) => (SURNAME_STRONG.test(word) ? 2 : SURNAME_WEAK.test(word) ? 1 : 0);

/**
 * Splits a name stored as one string. Official Russian and Kyrgyz usage puts the surname first ("Асанов Бакыт
 * Усенович"); people also write "Жылдыз Бекмуратова", so the surname is recognised by its ending when the order is
 * not clear. Anything after a comma ("…, пресс-секретарь") is a role, not a name.
 */
export function splitPersonName(fullName: string): NameParts {
  const words = fullName.split(',')[0]!.trim().split(/\s+/).filter(Boolean);
  const none = { family: '', given: '', additional: '' };
  if (!words.length) return none;
  if (words.length === 1) return { ...none, given: words[0]! };

  // "Бакыт Асан уулу" or "Асан уулу Бакыт": the "<father> уулу/кызы" pair stands where a patronymic does.
  const kyrgyz = words.findIndex((w, i) => i > 0 && KYRGYZ_PATRONYMIC_WORD.test(w));
  if (kyrgyz > 0) {
    const patronymic = words.slice(kyrgyz - 1, kyrgyz + 1).join(' ');
    const rest = [...words.slice(0, kyrgyz - 1), ...words.slice(kyrgyz + 1)];
    if (rest.length >= 2) return { family: rest[0]!, given: rest.slice(1).join(' '), additional: patronymic };
    return { family: '', given: rest[0] ?? '', additional: patronymic };
  }

  if (words.length >= 3) {
    // "Иван Иванович Петров": given, patronymic, surname.
    if (PATRONYMIC.test(words[1]!) && !PATRONYMIC.test(words[2]!)) {
      return { family: words.slice(2).join(' '), given: words[0]!, additional: words[1]! };
    }
    return { family: words[0]!, given: words[1]!, additional: words.slice(2).join(' ') };
  }

  const [first, second] = words as [string, string];
  if (surnameScore(second) > surnameScore(first)) return { family: second, given: first, additional: '' };
  return { family: first, given: second, additional: '' };
}
