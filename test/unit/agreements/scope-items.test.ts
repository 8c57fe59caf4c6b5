import { describe, expect, it } from 'vitest';
import { scopeItemNamed } from '../../../utils/agreements/scope-items';

// Which item of a scope a client's request names, as clients word it rather than as the contract does.

describe('the scope item a request names', () => {
  it('knows an item by its content words in another form, whatever joins them', () => {
    const scope = { deliverables: ['shearing of approx. 1,800 ewes', 'wool pressing and bale labelling'], exclusions: ['transport of bales to store'] };
    expect(scopeItemNamed(scope, 'While your crew is here, could they press and label the bales as they go?')).toEqual({
      item: 'wool pressing and bale labelling',
      excluded: false,
    });
    expect(scopeItemNamed(scope, 'Can you truck the bales to the store on Friday?')).toEqual({ item: 'transport of bales to store', excluded: true });
  });

  it('takes two words that share their first five letters as forms of one', () => {
    const scope = { deliverables: ['Five-course dinner for 12 guests', 'Kitchen cleanup after service'], exclusions: ['Table decoration'] };
    expect(scopeItemNamed(scope, 'Will you also be cleaning up the kitchen after?')).toEqual({ item: 'Kitchen cleanup after service', excluded: false });
    expect(scopeItemNamed(scope, 'Could you decorate the tables with candles?')).toEqual({ item: 'Table decoration', excluded: true });
    const mesas = { deliverables: ['menú de cinco pasos'], exclusions: ['decoración de mesas'] };
    expect(scopeItemNamed(mesas, '¿Podrías decorar las mesas?')).toEqual({ item: 'decoración de mesas', excluded: true });
  });

  it('weighs a word the scope uses everywhere less than one that tells its items apart', () => {
    const scope = {
      deliverables: ['reportaje de la boda', 'sesión preboda en la playa', 'álbum impreso de la boda'],
      exclusions: ['vídeo de la boda', 'segundo fotógrafo'],
    };
    // "boda" is in three items; "playa" only in the pre-wedding session.
    expect(scopeItemNamed(scope, '¿Podemos hacer la sesión en la playa antes de la boda?')).toEqual({ item: 'sesión preboda en la playa', excluded: false });
    expect(scopeItemNamed(scope, '¿Nos grabas también un vídeo?')).toEqual({ item: 'vídeo de la boda', excluded: true });
  });

  it('lets the exclusion win when a deliverable and an exclusion are named alike', () => {
    const scope = { deliverables: ['kitchen photos'], exclusions: ['kitchen plans'] };
    expect(scopeItemNamed(scope, 'Could you do the kitchen?')).toEqual({ item: 'kitchen plans', excluded: true });
  });

  it('reads Chinese by character pairs', () => {
    const scope = { deliverables: ['店铺首页设计', '商品详情页10张'], exclusions: ['短视频拍摄'] };
    expect(scopeItemNamed(scope, '店铺首页的设计什么时候能看？')).toEqual({ item: '店铺首页设计', excluded: false });
    expect(scopeItemNamed(scope, '顺便帮我们拍几条短视频吧')).toEqual({ item: '短视频拍摄', excluded: true });
  });

  it('needs more of a deliverable than of an exclusion: naming a deliverable takes a scope change away', () => {
    const scope = { deliverables: ['sesión preboda en la playa'], exclusions: ['álbum impreso en la playa'] };
    // One word of three: enough to name the exclusion, not the deliverable.
    expect(scopeItemNamed({ deliverables: [], exclusions: scope.exclusions }, '¿Y un álbum para los abuelos?')).toEqual({ item: 'álbum impreso en la playa', excluded: true });
    expect(scopeItemNamed({ deliverables: scope.deliverables, exclusions: [] }, '¿Y una sesión para los abuelos?')).toBeUndefined();
  });

  it('takes a request for more of a deliverable as new work, not as the deliverable', () => {
    const website = { deliverables: ['Five-page website', 'Contact form'], exclusions: ['Online shop'] };
    expect(scopeItemNamed(website, 'Can you also add a second landing page for the spring campaign?')).toBeUndefined();
    expect(scopeItemNamed(website, 'The contact form page needs its labels tweaked.')).toEqual({ item: 'Contact form', excluded: false });
    const mediation = { deliverables: ['4 sesiones de mediación familiar'], exclusions: [] };
    expect(scopeItemNamed(mediation, '¿Podríamos hacer una sesión de mediación aparte de las cuatro?')).toBeUndefined();
    const pottery = { deliverables: ['团建陶艺体验课一场'], exclusions: [] };
    expect(scopeItemNamed(pottery, '团建陶艺课能不能多开一场给市场部？')).toBeUndefined();
    expect(scopeItemNamed(pottery, '团建陶艺体验课改到周五可以吗？')).toEqual({ item: '团建陶艺体验课一场', excluded: false });
    // "另外" as "besides", away from the item, asks for nothing more of it.
    const banquet = { deliverables: ['寿宴20桌菜品', '寿桃及长寿面'], exclusions: ['酒水'] };
    expect(scopeItemNamed(banquet, '寿桃和长寿面到时候也一起上吧。另外二十桌有点超预算。')).toEqual({ item: '寿桃及长寿面', excluded: false });
  });

  it('names nothing for a request about something else, or from numbers and joining words alone', () => {
    const scope = { deliverables: ['40 product photos on white background'], exclusions: ['retouching of archive photos'] };
    expect(scopeItemNamed(scope, 'Can you design our Christmas newsletter?')).toBeUndefined();
    expect(scopeItemNamed(scope, 'All 40 of them, for the site.')).toBeUndefined();
    expect(scopeItemNamed({ deliverables: [], exclusions: [] }, 'Anything?')).toBeUndefined();
  });

  it('reads the first 200 items of a list, and a request of any length', () => {
    const deliverables = Array.from({ length: 5_000 }, (_, i) => `deliverable number ${i} for campaign ${i % 97}`);
    const scope = { deliverables: [...deliverables, 'annual report design'], exclusions: ['press release'] };
    const request = `${'please look at campaign twelve and the deliverable numbers again '.repeat(20_000)} and write the press release`;
    expect(scopeItemNamed(scope, request)).toEqual({ item: 'press release', excluded: true });
    // Item 5,001 is past the 200 read: not named even word for word.
    expect(scopeItemNamed(scope, 'Could you do the annual report design?')).toBeUndefined();
  });
});
