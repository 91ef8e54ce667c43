import { describe, expect, it } from 'vitest';
import { BIG_INPUT } from '../../tests/support/time-limits';
import { findInTelHref, findPhoneNumbers } from './extract';

const digitsOf = (text: string) => findPhoneNumbers(text).map((f) => f.digits);
const one = (text: string) => {
  const found = findPhoneNumbers(text);
  expect(found).toHaveLength(1);
  return found[0]!;
};

describe('findPhoneNumbers: formats', () => {
  it.each([
    ['400-123-4567', '4001234567'],
    ['4001234567', '4001234567'],
    ['400 123 4567', '4001234567'],
    ['400-1234-567', '4001234567'],
    ['400.123.4567', '4001234567'],
    ['4008 608 608', '4008608608'],
    ['800-820-8820', '8008208820'],
    ['４００－１２３－４５６７', '4001234567'],
    ['４００　１２３　４５６７', '4001234567'],
    ['400－123 4567', '4001234567'],
    ['400 - 123.4567', '4001234567'],
  ])('400/800: %s', (text, digits) => {
    const f = one(`客服 ${text} 。`);
    expect(f).toMatchObject({ digits, kind: 'service-400-800', text });
  });

  it.each([
    ['9510211', 'short-95-96'],
    ['95188', 'short-95-96'],
    ['951966', 'short-95-96'],
    ['9519668', 'short-95-96'],
    ['12315', 'public-service'],
    ['12321', 'public-service'],
    ['12381', 'public-service'],
    ['96110', 'public-service'],
    ['10086', 'public-service'],
  ])('short and public numbers: %s', (digits, kind) => {
    expect(one(`请拨打 ${digits} 咨询`)).toMatchObject({ digits, kind });
  });

  it('110 only near words about calling', () => {
    expect(digitsOf('报警电话110')).toEqual(['110']);
    expect(digitsOf('遇到诈骗请拨打 110')).toEqual(['110']);
    expect(digitsOf('110报警')).toEqual(['110']);
    expect(digitsOf('共110件商品')).toEqual([]);
    expect(digitsOf('规格 110 cm，第 110 页')).toEqual([]);
  });

  it.each(['13800138000', '138 0013 8000', '138-0013-8000', '1380013 8000'])('mobile: %s', (text) => {
    expect(one(`手机 ${text}`)).toMatchObject({ digits: '13800138000', kind: 'mobile', text });
  });

  it.each([
    ['0571-88158198', '057188158198', '0571-88158198'],
    ['(0571)88158198', '057188158198', '(0571)88158198'],
    ['（0571）88158198', '057188158198', '（0571）88158198'],
    ['021-53395288', '02153395288', '021-53395288'],
    ['021 5339 5288', '02153395288', '021 5339 5288'],
    ['057188158198', '057188158198', '057188158198'],
    ['0571-88158198转123', '057188158198', '0571-88158198'],
  ])('landline: %s', (text, digits, printed) => {
    expect(one(`座机 ${text}`)).toMatchObject({ digits, kind: 'landline', text: printed });
  });

  it('a short number behind an area code keeps the area code', () => {
    expect(one('010 12321')).toMatchObject({ digits: '01012321', kind: 'public-service' });
    expect(one('0571-96110')).toMatchObject({ digits: '057196110', kind: 'public-service' });
  });

  it.each([
    ['+86 138 0013 8000', '13800138000'],
    ['+8613800138000', '13800138000'],
    ['+86-571-95188', '057195188'],
    ['+86 10 8888 6666', '01088886666'],
    ['0086 400 123 4567', '4001234567'],
    ['008613800138000', '13800138000'],
  ])('country code: %s', (text, digits) => {
    const f = one(`from abroad ${text} .`);
    expect(f.digits).toBe(digits);
    expect(f.text).toBe(text);
  });

  it.each([
    ['4 0 0 - 1 2 3 - 4 5 6 7', '4001234567'],
    ['4 0 0 1 2 3 4 5 6 7', '4001234567'],
    ['400转123转4567', '4001234567'],
    ['400 加 123 加 4567', '4001234567'],
    ['4OO-123-4567', '4001234567'],
    ['1 3 8 0 0 1 3 8 0 0 0', '13800138000'],
    ['138★0013★8000', '13800138000'],
    ['4\u200b0\u200b0\u200b1\u200b2\u200b3\u200b4\u200b5\u200b6\u200b7', '4001234567'],
    ['四零零一二三四五六七', '4001234567'],
    ['九五一零二一一', '9510211'],
  ])('obfuscated: %s', (text, digits) => {
    expect(one(`客服 ${text}。`)).toMatchObject({ digits, text });
  });

  it('reports offsets into the input', () => {
    const text = '淘宝客服电话：400-123-4567，专人处理';
    const [f] = findPhoneNumbers(text);
    expect(text.slice(f!.start, f!.end)).toBe('400-123-4567');
  });
});

describe('findPhoneNumbers: run-together numbers', () => {
  it.each([
    '95102114001234567',
    '9510211 4001234567',
    '9510211、4001234567',
    '热线9510211天猫超市4001234567',
  ])('%s → both', (text) => expect(digitsOf(text)).toEqual(['9510211', '4001234567']));

  it('splits a list that lost its punctuation', () => {
    expect(digitsOf('9510211 4009888898 95188')).toEqual(['9510211', '4009888898', '95188']);
    expect(digitsOf('1380013800013900139000')).toEqual(['13800138000', '13900139000']);
  });
});

describe('findPhoneNumbers: not numbers', () => {
  it.each([
    '订单号：4864583305858004803',
    '订单编号 1234567890123456789',
    '订单号 4001234567',
    '交易号 2025110722001156781412345678',
    '运单号：78945612301234',
    '快递单号 4001234567',
    '物流单号：13800138000',
    '4864583305858004803',
    '2025110722001156781412345678',
    'YT7582890600202',
    'SF1234567890123',
    'JD0012345678901',
    '2025-11-07',
    '14:42:42',
    '2025-11-07 14:42:42',
    '20251107',
    '20251107144242',
    '9:00-21:00',
    '￥149.80',
    '1,299.00 元',
    '¥4001234567',
    '价格 13800138000',
    '已售 95288 件',
    '阅读:4534 点赞 95188',
    'QQ：123456789',
    'QQ 13800138000',
    'qq号 2850123456',
    'Q号：95188',
    'https://item.taobao.com/item.htm?id=819225492008',
    'https://detail.tmall.com/item.htm?id=4001234567',
    '//img.alicdn.com/imgextra/i1/2211900559174/O1CN01.jpg',
    'www.example.com/13800138000',
    '邮编 310000',
    '邮政编码：951966',
    '6222 0213 1400 1234 567',
    '工号 95188',
    '会员名 tb13800138000',
    '1731000000000',
    'iPhone 15 Pro 256GB',
    '1. 2. 3.',
    '400.00元',
  ])('%s', (text) => expect(digitsOf(text)).toEqual([]));

  it('a list number before a 400 number is not part of it', () => {
    expect(digitsOf('1. 400-123-4567')).toEqual(['4001234567']);
  });

  it('an order id next to a phone number does not hide the phone number', () => {
    expect(digitsOf('订单号：4864583305858004803，收件电话 13912345678')).toEqual(['13912345678']);
  });

  it('a truncated number after a phone label is reported as unknown', () => {
    expect(findPhoneNumbers('淘宝客服电话：4001-23456')).toMatchObject([
      { digits: '400123456', kind: 'unknown' },
    ]);
    expect(findPhoneNumbers('客服电话：2025-11-07')).toEqual([]);
  });
});

describe('findInTelHref', () => {
  it('reads tel: links', () => {
    expect(findInTelHref('tel:9510211')).toMatchObject([{ digits: '9510211', text: '9510211' }]);
    expect(findInTelHref('tel:+86-571-95188')).toMatchObject([{ digits: '057195188' }]);
    expect(findInTelHref('TEL:400%20123%204567;ext=8')).toMatchObject([{ digits: '4001234567' }]);
    expect(findInTelHref('tel:+8613800138000')).toMatchObject([{ digits: '13800138000' }]);
  });

  it('keeps odd numbers a link dials anyway, and ignores other links', () => {
    expect(findInTelHref('tel:12345678901234')).toMatchObject([
      { kind: 'unknown', digits: '12345678901234' },
    ]);
    expect(findInTelHref('https://a.com/4001234567')).toEqual([]);
    expect(findInTelHref('tel:%E0%A4%A')).toEqual([]);
  });
});

describe('findPhoneNumbers: hostile input stays bounded', () => {
  // Every pattern is linear and every run bounded (runs.ts MAX_GROUPS, parse.ts GROWABLE), so
  // these end well under a second each when the machine is quiet; backtracking or quadratic work
  // on 10 MB would not end within the test's limit.
  it.each([
    ['10 MB of digits', () => '1'.repeat(10_000_000)],
    ['10 MB of spaced digits', () => '1 '.repeat(5_000_000)],
    ['10 MB of 400 prefixes', () => '400-'.repeat(2_500_000)],
    ['a million numbers', () => '4001234567 '.repeat(1_000_000)],
    ['separator soup', () => '1 - . ( ) '.repeat(1_000_000)],
    ['bridges', () => '138转'.repeat(2_000_000)],
    ['Chinese numerals', () => '一二三四五六七八九零'.repeat(1_000_000)],
    ['numerals and digits interleaved', () => '四0零1两2幺3 '.repeat(1_000_000)],
    ['full-width digits and dashes', () => '４００－１２３－'.repeat(1_000_000)],
    ['letter-O 400 prefixes', () => '4OO-'.repeat(2_000_000)],
    ['zero-width spaces between digits', () => '4\u200b0\u200b'.repeat(2_000_000)],
    ['country codes', () => '+86 +86 0086 '.repeat(600_000)],
    ['nested brackets', () => '((((1))))'.repeat(1_000_000)],
    ['area codes', () => '0571-'.repeat(2_000_000)],
    ['claim words and numbers', () => '淘宝客服电话：4001234567，'.repeat(400_000)],
  ])('%s', BIG_INPUT, (_name, make) => {
    expect(findPhoneNumbers(make()).length).toBeLessThanOrEqual(2_000);
  });

  it('caps the number of results', () => {
    expect(findPhoneNumbers('4001234567 '.repeat(10_000))).toHaveLength(2_000);
  });
});
