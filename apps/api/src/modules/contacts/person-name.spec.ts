import { splitPersonName } from './person-name.js';

describe('splitPersonName', () => {
  it.each([
    ['Асанов Бакыт Усенович', { family: 'Асанов', given: 'Бакыт', additional: 'Усенович' }],
    ['Иванова Мария Петровна', { family: 'Иванова', given: 'Мария', additional: 'Петровна' }],
    ['Мария Петровна Иванова', { family: 'Иванова', given: 'Мария', additional: 'Петровна' }],
    ['Токтогулов Нурлан', { family: 'Токтогулов', given: 'Нурлан', additional: '' }],
    ['Жылдыз Бекмуратова, пресс-секретарь', { family: 'Бекмуратова', given: 'Жылдыз', additional: '' }],
    ['Ирина Сапарова', { family: 'Сапарова', given: 'Ирина', additional: '' }],
    ['Бакыт Асан уулу', { family: '', given: 'Бакыт', additional: 'Асан уулу' }],
    ['Мамытова Айгуль Токтосун кызы', { family: 'Мамытова', given: 'Айгуль', additional: 'Токтосун кызы' }],
    ['Айбек', { family: '', given: 'Айбек', additional: '' }],
  ])('%s', (name, parts) => {
    expect(splitPersonName(name)).toEqual(parts);
  });
});
