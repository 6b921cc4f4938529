package org.gcmkg.cli; public class Main { public static void main(String[] a){} }
