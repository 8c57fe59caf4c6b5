// Mail domains anyone can sign up for: a sender there says nothing about which company they work for, so a client is
// never matched by one of these domains (only by its exact address).

const PUBLIC_DOMAINS = new Set([
  'gmail.com', 'googlemail.com', 'outlook.com', 'hotmail.com', 'live.com', 'msn.com', 'passport.com',
  'yahoo.com', 'ymail.com', 'rocketmail.com', 'icloud.com', 'me.com', 'mac.com', 'aol.com', 'aim.com',
  'proton.me', 'protonmail.com', 'protonmail.ch', 'pm.me', 'tutanota.com', 'tutanota.de', 'tuta.io', 'tutamail.com',
  'zoho.com', 'zohomail.com', 'mail.com', 'email.com', 'usa.com', 'fastmail.com', 'fastmail.fm', 'hushmail.com',
  'yandex.ru', 'yandex.com', 'ya.ru', 'mail.ru', 'inbox.ru', 'list.ru', 'bk.ru', 'rambler.ru',
  'web.de', 't-online.de', 'freenet.de', 'posteo.de', 'mailbox.org', 'orange.fr', 'wanadoo.fr', 'free.fr',
  'laposte.net', 'sfr.fr', 'libero.it', 'virgilio.it', 'tiscali.it', 'alice.it', 'btinternet.com', 'sky.com',
  'virginmedia.com', 'ntlworld.com', 'telefonica.net', 'terra.com', 'terra.com.br', 'bol.com.br', 'uol.com.br',
  'prodigy.net.mx', 'comcast.net', 'verizon.net', 'att.net', 'sbcglobal.net', 'cox.net', 'charter.net',
  'earthlink.net', 'optonline.net', 'shaw.ca', 'rogers.com', 'sympatico.ca', 'bigpond.com', 'optusnet.com.au',
  'qq.com', 'vip.qq.com', 'foxmail.com', '163.com', '126.com', 'yeah.net', 'vip.163.com', 'vip.126.com', '188.com',
  'sina.com', 'sina.cn', 'vip.sina.com', 'sohu.com', 'aliyun.com', '139.com', '189.cn', 'wo.cn', 'tom.com', '21cn.com',
  'naver.com', 'daum.net', 'hanmail.net', 'nate.com', 'rediffmail.com', 'seznam.cz', 'wp.pl', 'o2.pl', 'interia.pl',
  'onet.pl', 'gmx.com', 'gmx.net', 'hey.com', 'duck.com', 'skiff.com', 'runbox.com', 'disroot.org', 'riseup.net',
]);

// Providers that run the same service under many country domains: gmx.de, yahoo.es, hotmail.co.uk, outlook.com.mx…
const PUBLIC_BRANDS = /^(gmx|yahoo|hotmail|outlook|live|windowslive|aol|yandex|gmail|googlemail|icloud|zoho|protonmail)\.([a-z]{2,3}|(co|com|net|org)\.[a-z]{2})$/;

/** The domain and each parent domain that is still more than a top-level domain: mail.eu.acme.com → eu.acme.com → acme.com. */
export function domainChain(domain: string): string[] {
  const labels = domain.toLowerCase().replace(/\.$/, '').split('.').filter(Boolean);
  const out: string[] = [];
  for (let i = 0; i + 1 < labels.length; i++) out.push(labels.slice(i).join('.'));
  return out;
}

export function isPublicMailDomain(domain: string): boolean {
  return domainChain(domain).some((d) => PUBLIC_DOMAINS.has(d) || PUBLIC_BRANDS.test(d));
}
