export * from '../components/news-feed/news-feed.js';
