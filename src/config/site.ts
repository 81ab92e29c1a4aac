/** The site's name, set by SITE_NAME at build time (see astro.config.mjs). */
export { SITE_NAME as siteName } from 'astro:env/client';
